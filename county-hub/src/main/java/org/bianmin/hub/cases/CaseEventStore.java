package org.bianmin.hub.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.bianmin.hub.cases.persistence.CaseRepository;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.EventId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case store as sync sees it: events made elsewhere, read and stored in bulk, always
 * in the caller's transaction (a pushed batch is stored in one transaction with its feed
 * entries, docs/sync-protocol.md 5.1). The rules that decide whether an event may be
 * stored are the sync feature's; this only reads and writes, a batch at a time, so that a
 * batch of 500 events costs a handful of statements, not a few per event.
 */
@Service
public class CaseEventStore {

	private final CaseRepository cases;

	CaseEventStore(CaseRepository cases) {
		this.cases = cases;
	}

	/** The JSON of those of the events that are stored, by id: one query. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<EventId, String> storedJson(Collection<EventId> ids) {
		return this.cases.storedJson(ids);
	}

	/**
	 * The stored events of the cases, in sequence order, by case: one query. Cases not
	 * stored here are absent from the map.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<CaseId, List<CaseEvent>> eventsOf(Collection<CaseId> ids) {
		return this.cases.eventsOf(ids);
	}

	/**
	 * Stores new events of several cases and their projections, and publishes one
	 * {@link CaseEventsStored}.
	 * @param json the events' JSON as already written with the hub's mapper, by id (an
	 * event missing here is written now)
	 * @throws org.springframework.dao.DuplicateKeyException if an event id or a case's
	 * sequence is taken (another instance stored it meanwhile)
	 * @throws org.springframework.dao.OptimisticLockingFailureException if a case moved
	 * on meanwhile
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void store(List<CaseEventsStored.StoredCase> appends, Map<EventId, String> json) {
		this.cases.appendAll(appends, json);
	}

	/**
	 * The stored events of the cases in their wire form, in sequence order, by case: one
	 * query, no event read into objects.
	 */
	@Transactional(readOnly = true)
	public Map<CaseId, List<StoredEventJson>> eventJsonOf(Collection<CaseId> ids) {
		return this.cases.eventJsonOf(ids);
	}

}
