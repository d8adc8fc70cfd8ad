package org.bianmin.hub.sync.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.bianmin.model.cases.CaseId;
import org.bianmin.model.node.NodeCode;
import org.jspecify.annotations.Nullable;

/**
 * The per-node feeds (docs/sync-protocol.md 6): positions, their counters, and which node
 * was sent which events of which case. Writes join the caller's transaction.
 */
public interface FeedRepository {

	/**
	 * Takes the next {@code count} positions of a node's feed: updates the node's counter
	 * row, whose lock the transaction then holds until it ends (6.2).
	 * @return the last of the positions taken; empty if the node is not registered
	 */
	OptionalLong advance(NodeCode node, int count);

	void insert(List<Entry> entries);

	/**
	 * The node's last position and the highest outbox position stored from it, as
	 * committed.
	 */
	Head head(NodeCode node);

	/**
	 * Entries after a position, up to and including {@code upTo}, in position order.
	 * @param includeOwn whether to include entries holding only the node's own events
	 */
	List<Entry> after(NodeCode node, long after, long upTo, int limit, boolean includeOwn);

	/** For each case, the nodes it was sent to and the last sequence each was sent. */
	Map<CaseId, Map<NodeCode, Integer>> interests(Collection<CaseId> cases);

	void insertInterests(List<Interest> interests);

	void updateInterests(List<Interest> interests);

	/**
	 * A feed position.
	 *
	 * @param node whose feed
	 * @param seq the position
	 * @param kind CASE_EVENTS, CATALOG_PUBLISHED, STAFF_ACCOUNT or INCIDENT_RESOLVED
	 * @param caseId the case of CASE_EVENTS
	 * @param fromSequence the first event of the range
	 * @param toSequence the last event of the range
	 * @param own whether every event of the range was recorded by the feed's node
	 * @param ref the catalog version or the staff account id
	 * @param createdAt when it was written
	 */
	record Entry(NodeCode node, long seq, Kind kind, @Nullable CaseId caseId, @Nullable Integer fromSequence,
			@Nullable Integer toSequence, boolean own, @Nullable String ref, Instant createdAt) {
	}

	enum Kind {

		CASE_EVENTS, CATALOG_PUBLISHED, STAFF_ACCOUNT, INCIDENT_RESOLVED

	}

	record Head(long feedSeq, long lastOutboxSeq) {
	}

	record Interest(CaseId caseId, NodeCode node, int lastSequence) {
	}

}
