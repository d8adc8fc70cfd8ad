package org.bianmin.model.sync;

import java.util.Objects;

import org.bianmin.model.node.NodeCode;

/**
 * What a node tells the hub about itself at the end of a sync run, for the hub's sync
 * health screen.
 *
 * @param protocolVersion the sender's {@link SyncProtocol#VERSION}
 * @param node the reporting node; must be the node that signed the request
 * @param cursor the node's feed cursor
 * @param outboxSeq the node's highest outbox position
 * @param pendingEvents events waiting to be pushed
 * @param rejectedEvents events the hub refused, waiting for a person
 * @param pendingAttachments files waiting to be uploaded
 * @param catalogVersion the newest catalog version the node holds (0: none)
 */
public record NodeReport(int protocolVersion, NodeCode node, long cursor, long outboxSeq, int pendingEvents,
		int rejectedEvents, int pendingAttachments, int catalogVersion) {

	public NodeReport {
		Objects.requireNonNull(node, "node");
	}

}
