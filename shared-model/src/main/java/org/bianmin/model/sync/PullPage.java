package org.bianmin.model.sync;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One page of a node's pull feed. The node applies the entries and moves its cursor to
 * {@code nextCursor} in one transaction.
 *
 * @param protocolVersion the hub's {@link SyncProtocol#VERSION}
 * @param cursor the cursor the node asked from
 * @param nextCursor where to ask from next
 * @param more whether more entries wait after this page
 * @param resync set when the hub cannot trust the node's state: the node rebuilds what it
 * pulled from cursor 0 (the page then has no entries)
 * @param entries the entries, in feed order
 * @param hubTime the hub's clock
 */
public record PullPage(int protocolVersion, long cursor, long nextCursor, boolean more, @Nullable Resync resync,
		List<FeedEntry> entries, Instant hubTime) {

	public PullPage {
		Objects.requireNonNull(hubTime, "hubTime");
		entries = List.copyOf(entries);
		if (resync != null && (nextCursor != 0 || !entries.isEmpty())) {
			throw new IllegalArgumentException("a resync answer sends the node back to cursor 0 with no entries");
		}
		if (resync == null && nextCursor < cursor) {
			throw new IllegalArgumentException("a feed cursor never moves back");
		}
	}

}
