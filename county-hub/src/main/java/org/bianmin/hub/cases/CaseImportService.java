package org.bianmin.hub.cases;

import java.util.ArrayList;
import java.util.List;

import org.bianmin.hub.cases.persistence.CaseRepository;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseEvent;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores whole case histories made elsewhere: the demo's cases and the data generator's
 * county, filed at township nodes with shared-model's {@code CaseDecider} as a node
 * would. Each history is checked by replaying it through the same fold that checks every
 * synced event, and stored with its projection exactly as {@link CaseCommandService}
 * stores a command's events. Not the sync path: that one decides per event (stored,
 * duplicate, conflict, quarantined); this one takes only new, valid cases.
 */
@Service
public class CaseImportService {

	private final CaseRepository cases;

	CaseImportService(CaseRepository cases) {
		this.cases = cases;
	}

	/**
	 * Stores a new case from its whole history.
	 * @param events every event of the case, from its filing, in sequence order
	 * @return the case they make
	 * @throws org.bianmin.model.cases.CaseEventRejectedException if the events do not
	 * make a valid case
	 * @throws org.springframework.dao.DuplicateKeyException if the case or an event is
	 * stored already
	 */
	@Transactional
	public Case importCase(List<CaseEvent> events) {
		Case folded = Case.replay(events);
		this.cases.append(folded, events);
		return folded;
	}

	/**
	 * Stores many new cases from their whole histories in one transaction, each checked
	 * as {@link #importCase} checks it, through the repository's path for many cases at
	 * once (the one a pushed batch takes: multi-row inserts, the sync feed's entries in
	 * the same transaction): the data generator's county, a million cases in minutes.
	 * @param histories every event of each case, from its filing, in sequence order
	 * @return how many events were stored
	 * @throws org.bianmin.model.cases.CaseEventRejectedException if the events of a case
	 * do not make a valid case (nothing of the batch is stored)
	 * @throws org.springframework.dao.DuplicateKeyException if a case or an event is
	 * stored already
	 */
	@Transactional
	public int importCases(List<List<CaseEvent>> histories) {
		List<CaseEventsStored.StoredCase> cases = new ArrayList<>(histories.size());
		int events = 0;
		for (List<CaseEvent> history : histories) {
			if (history.getFirst().sequence() != 1) {
				throw new IllegalArgumentException("not a whole history: case " + history.getFirst().caseId());
			}
			cases.add(new CaseEventsStored.StoredCase(Case.replay(history), history));
			events += history.size();
		}
		this.cases.appendAll(cases);
		return events;
	}

	/** Whether the hub holds no case yet (the demo seeds only an empty hub). */
	@Transactional(readOnly = true)
	public boolean noCasesYet() {
		return this.cases.count() == 0;
	}

}
