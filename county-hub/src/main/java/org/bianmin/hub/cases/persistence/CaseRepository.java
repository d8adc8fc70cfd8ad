package org.bianmin.hub.cases.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bianmin.hub.cases.CaseEventsStored;
import org.bianmin.hub.cases.StoredEvent;
import org.bianmin.hub.cases.StoredEventJson;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.EventId;

/**
 * The hub's cases: their events, append-only, and the projection kept beside them. Every
 * write publishes {@link CaseEventsStored} in the writing transaction.
 */
public interface CaseRepository {

	/**
	 * Stores new events of a case and the case they make, in the caller's transaction.
	 * @param after the case after the events
	 * @param events the new events, in sequence order, continuing the stored ones
	 * @throws org.springframework.dao.OptimisticLockingFailureException if someone else
	 * stored events of the case in the meantime
	 */
	void append(Case after, List<CaseEvent> events);

	/**
	 * Stores new events of several cases at once (few statements whatever the number of
	 * events), in the caller's transaction.
	 * @throws org.springframework.dao.DuplicateKeyException if an event id or a case's
	 * sequence is taken, or a new case's id
	 * @throws org.springframework.dao.OptimisticLockingFailureException if a case moved
	 * on
	 */
	void appendAll(List<CaseEventsStored.StoredCase> appends);

	/**
	 * Like {@link #appendAll(List)}, with the events' JSON as the caller already wrote it
	 * with the hub's mapper (a pushed batch's events are written once, not twice).
	 * @param json the JSON of some or all of the events, by id
	 */
	void appendAll(List<CaseEventsStored.StoredCase> appends, Map<EventId, String> json);

	/** The stored JSON of those of the events that are stored here, by id. */
	Map<EventId, String> storedJson(Collection<EventId> ids);

	/** The events of the cases in sequence order, by case; unknown cases are absent. */
	Map<CaseId, List<CaseEvent>> eventsOf(Collection<CaseId> ids);

	/** The events of the cases in their stored JSON form, in sequence order, by case. */
	Map<CaseId, List<StoredEventJson>> eventJsonOf(Collection<CaseId> ids);

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
