package org.bianmin.model.sync;

import java.util.Objects;

/**
 * The hub's order to a node to rebuild what it pulled, and why.
 *
 * @param reason why the hub cannot trust the node's state
 * @param hubOutboxSeq the highest outbox position the hub has stored from the node: the
 * node continues its outbox above it, so its new events never reuse a position
 */
public record Resync(Reason reason, long hubOutboxSeq) {

	public Resync {
		Objects.requireNonNull(reason, "reason");
	}

	public enum Reason {

		/**
		 * The node's cursor is ahead of its feed at the hub: the hub lost data (restored
		 * from a backup), so the node also sends every event of its own again.
		 */
		CURSOR_AHEAD,

		/**
		 * The node's outbox is behind what the hub stored from it: the node was restored
		 * from an old backup (or replaced), so it also receives its own events back.
		 */
		NODE_BEHIND

	}

}
