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
 * @param node the sending node
 * @param batchId made by the node for this batch (for logs; storing is idempotent per
 * event)
 * @param events the events, oldest first
 */
public record PushBatch(int protocolVersion, NodeCode node, UUID batchId, List<CaseEvent> events) {

	public PushBatch {
		Objects.requireNonNull(node, "node");
		Objects.requireNonNull(batchId, "batchId");
		events = List.copyOf(events);
	}

}
