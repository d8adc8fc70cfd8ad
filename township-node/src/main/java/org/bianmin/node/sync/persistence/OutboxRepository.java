package org.bianmin.node.sync.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.sync.AckStatus;
import org.bianmin.model.sync.FeedEntry;
import org.bianmin.node.sync.ResolvedEvent;
import org.bianmin.node.sync.RejectedEvent;

/** The outbox of events waiting to be pushed to the hub. Writes need a transaction. */
public interface OutboxRepository {

	/** Adds events as PENDING, in the caller's transaction, in the given order. */
	void enqueue(List<CaseEvent> events);

	/** Outbox rows in a state, oldest first. */
	List<OutboxEntry> inState(OutboxState state, int limit);

	/** Outbox rows in a state behind a position, oldest first. */
	List<OutboxEntry> inStateAfter(OutboxState state, long afterSeq, int limit);

	/** Number of rows in a state. */
	int count(OutboxState state);

	/**
	 * PENDING rows become SYNCED: the hub stored them (or had them already).
	 * @param seqs the rows' outbox positions
	 */
	void markSynced(Collection<Long> seqs, Instant at);

	/** A PENDING row becomes REJECTED with the hub's answer and reason. */
	void markRejected(UUID eventId, AckStatus status, RuleViolation reason, Instant at);

	/**
	 * A person sends a REJECTED event again: it becomes PENDING, keeping its position.
	 * @return whether the row was REJECTED
	 */
	boolean resend(UUID eventId, Instant at);

	/**
	 * The county resolved a refused event: its REJECTED row (or PENDING, if a person sent
	 * it again meanwhile: the county has decided, so it is not sent) becomes RESOLVED
	 * with the resolution.
	 * @return whether a row was settled (false if the node holds no such unsettled row,
	 * e.g. the entry is applied a second time)
	 */
	boolean markResolved(FeedEntry.IncidentResolved resolution);

	/** RESOLVED rows, most recently resolved first. */
	List<ResolvedEvent> resolved(int offset, int limit);

	/** Every SYNCED row becomes PENDING again (resync CURSOR_AHEAD). */
	int requeueSynced();

	/** The highest outbox position ever assigned, 0 if none. */
	long maxSeq();

	/**
	 * Makes the next outbox position at least {@code next} (resync NODE_BEHIND). A DDL
	 * statement: H2 commits it on its own, so call it outside any other transaction.
	 */
	void restartSeqAt(long next);

	/** REJECTED rows, oldest first, with the hub's answers. */
	List<RejectedEvent> rejected(int offset, int limit);

}
