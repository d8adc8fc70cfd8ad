package org.bianmin.hub.cases.persistence;

import java.util.List;
import java.util.Optional;

import org.bianmin.hub.cases.StoredEvent;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseId;

/** The hub's cases: their events, append-only, and the projection kept beside them. */
public interface CaseRepository {

	/**
	 * Stores new events of a case and the case they make, in the caller's transaction.
	 * @param after the case after the events
	 * @param events the new events, in sequence order, continuing the stored ones
	 * @throws org.springframework.dao.OptimisticLockingFailureException if someone else
	 * stored events of the case in the meantime
	 */
	void append(Case after, List<CaseEvent> events);

	/** The events of a case in sequence order; empty if the case is unknown here. */
	List<CaseEvent> events(CaseId id);

	/**
	 * The events of a case in sequence order with the hub's receive time; empty if the
	 * case is unknown here.
	 */
	List<StoredEvent> history(CaseId id);

	/** The case, folded from its events. */
	Optional<Case> find(CaseId id);

	/** The number of cases stored. */
	long count();

}
