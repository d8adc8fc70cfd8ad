package org.bianmin.node.sync.persistence;

import java.util.List;

import org.bianmin.model.cases.CaseEvent;

/** The outbox of events waiting to be pushed to the hub. */
public interface OutboxRepository {

	/** Adds events as PENDING, in the caller's transaction, in the given order. */
	void enqueue(List<CaseEvent> events);

	/** Outbox rows in a state, oldest first. */
	List<OutboxEntry> inState(OutboxState state, int limit);

	/** Number of rows in a state. */
	int count(OutboxState state);

}
