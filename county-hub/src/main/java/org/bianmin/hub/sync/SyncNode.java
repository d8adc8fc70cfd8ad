package org.bianmin.hub.sync;

import java.time.Instant;
import java.util.Objects;

import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.jspecify.annotations.Nullable;

/**
 * A registered node as the registry screen shows it. The secret is not part of it: no
 * screen shows a secret again after it was issued.
 *
 * @param code the node's code
 * @param level TOWNSHIP or VILLAGE
 * @param parentTownship a village's township, else null
 * @param name the display name
 * @param enabled whether its requests are accepted
 * @param registeredAt when it was registered
 * @param secretRotatedAt when its current secret was issued
 * @param feedSeq the last position of its feed
 * @param lastOutboxSeq the highest outbox position stored from it
 * @param lastContactAt when it last made an accepted request
 * @param clockSkewMillis its clock minus the hub's at that request
 * @param report what it said in its last report
 */
public record SyncNode(NodeCode code, NodeLevel level, @Nullable NodeCode parentTownship, String name, boolean enabled,
		Instant registeredAt, Instant secretRotatedAt, long feedSeq, long lastOutboxSeq,
		@Nullable Instant lastContactAt, @Nullable Long clockSkewMillis, @Nullable ReportedFigures report) {

	public SyncNode {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(name, "name");
	}

	/**
	 * A node's figures from its last report (docs/sync-protocol.md 10).
	 *
	 * @param reportedAt the hub's clock when it arrived
	 * @param cursor the node's feed cursor
	 * @param outboxSeq its highest outbox position
	 * @param pendingEvents events waiting to be pushed
	 * @param rejectedEvents events refused, waiting for a person
	 * @param pendingAttachments files waiting to be uploaded
	 * @param catalogVersion the catalog version it holds
	 */
	public record ReportedFigures(Instant reportedAt, long cursor, long outboxSeq, int pendingEvents,
			int rejectedEvents, int pendingAttachments, int catalogVersion) {
	}

}
