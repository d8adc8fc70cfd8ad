package org.bianmin.model.sync;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One page of a node's pull feed. The node applies the entries and moves its cursor to
 * {@code nextCursor} in one transaction.
 *
 * @param protocolVersion the hub's {@link SyncProtocol#VERSION}
 * @param cursor the cursor the node asked from
 * @param nextCursor where to ask from next
 * @param more whether more entries wait after this page
 * @param resyncRequired the hub cannot trust the node's state: rebuild pulled data from
 * scratch
 * @param entries the entries, in feed order
 * @param hubTime the hub's clock
 */
public record PullPage(int protocolVersion, long cursor, long nextCursor, boolean more, boolean resyncRequired,
		List<FeedEntry> entries, Instant hubTime) {

	public PullPage {
		Objects.requireNonNull(hubTime, "hubTime");
		entries = List.copyOf(entries);
		if (nextCursor < cursor && !resyncRequired) {
			throw new IllegalArgumentException("a feed cursor never moves back");
		}
	}

}
