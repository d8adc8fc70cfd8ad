package org.bianmin.model.sync;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.node.NodeCode;

/**
 * A bounded batch of a node's outbox, in commit order, pushed to the hub.
 *
 * @param protocolVersion the sender's {@link SyncProtocol#VERSION}
 * @param node the sending node; must be the node that signed the request
 * @param batchId made by the node for this batch (for logs; storing is idempotent per
 * event)
 * @param lastOutboxSeq the node's outbox position of the batch's last event: the hub
 * keeps the highest it has seen, so it can tell a node restored from an old backup
 * @param events the events, oldest first
 */
public record PushBatch(int protocolVersion, NodeCode node, UUID batchId, long lastOutboxSeq, List<CaseEvent> events) {

	public PushBatch {
		Objects.requireNonNull(node, "node");
		Objects.requireNonNull(batchId, "batchId");
		events = List.copyOf(events);
		if (lastOutboxSeq < 0) {
			throw new IllegalArgumentException("outbox positions start at 1");
		}
	}

}
