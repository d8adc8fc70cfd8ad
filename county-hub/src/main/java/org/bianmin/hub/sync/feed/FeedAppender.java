package org.bianmin.hub.sync.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.bianmin.hub.sync.persistence.FeedRepository;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.node.NodeCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to nodes' feeds in the caller's transaction (docs/sync-protocol.md
 * 6.2): for each node, in node-code order, it first takes the positions from the node's
 * counter row and so holds that row's lock until the transaction ends. A second
 * transaction appending to the same node waits for the lock: it takes later positions and
 * commits later, so positions become visible in position order and a reader never jumps
 * over one that commits late. Taking the rows in code order means two transactions that
 * append to several feeds cannot deadlock.
 *
 * @see <a href=
 * "../../../../../../../../docs/adr/0010-feed-order-by-counter-row-lock.md">ADR 0010</a>
 */
@Component
public class FeedAppender {

	private final FeedRepository feeds;

	private final Clock clock;

	FeedAppender(FeedRepository feeds, Clock clock) {
		this.feeds = feeds;
		this.clock = clock;
	}

	/**
	 * Appends the entries; entries of nodes that are not registered are left out.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(List<Pending> pending) {
		if (pending.isEmpty()) {
			return;
		}
		Map<String, List<Pending>> byNode = new TreeMap<>();
		for (Pending entry : pending) {
			byNode.computeIfAbsent(entry.node().value(), (code) -> new ArrayList<>()).add(entry);
		}
		Instant now = this.clock.instant();
		List<FeedRepository.Entry> rows = new ArrayList<>(pending.size());
		for (List<Pending> entries : byNode.values()) {
			NodeCode node = entries.getFirst().node();
			OptionalLong last = this.feeds.advance(node, entries.size());
			if (last.isEmpty()) {
				continue;
			}
			long seq = last.getAsLong() - entries.size();
			for (Pending entry : entries) {
				rows.add(new FeedRepository.Entry(node, ++seq, entry.kind(), entry.caseId(), entry.fromSequence(),
						entry.toSequence(), entry.own(), entry.ref(), now));
			}
		}
		this.feeds.insert(rows);
	}

	/**
	 * An entry not yet given a position.
	 *
	 * @param node whose feed
	 * @param kind what it delivers
	 * @param caseId the case of CASE_EVENTS
	 * @param fromSequence the first event of the range
	 * @param toSequence the last event of the range
	 * @param own whether the range holds only the node's own events
	 * @param ref the catalog version, the account id or the incident id
	 */
	public record Pending(NodeCode node, FeedRepository.Kind kind, @Nullable CaseId caseId,
			@Nullable Integer fromSequence, @Nullable Integer toSequence, boolean own, @Nullable String ref) {

		static Pending caseEvents(NodeCode node, CaseId caseId, int from, int to, boolean own) {
			return new Pending(node, FeedRepository.Kind.CASE_EVENTS, caseId, from, to, own, null);
		}

		static Pending catalog(NodeCode node, int version) {
			return new Pending(node, FeedRepository.Kind.CATALOG_PUBLISHED, null, null, null, false,
					Integer.toString(version));
		}

		/** A resolved incident, to the node that sent the refused event. */
		public static Pending incidentResolved(NodeCode node, java.util.UUID incident) {
			return new Pending(node, FeedRepository.Kind.INCIDENT_RESOLVED, null, null, null, false,
					incident.toString());
		}

		static Pending staff(NodeCode node, java.util.UUID account) {
			return new Pending(node, FeedRepository.Kind.STAFF_ACCOUNT, null, null, null, false, account.toString());
		}

	}

}
