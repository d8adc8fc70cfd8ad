package org.bianmin.model.sync;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The hub's answer to a batch: one ack per event, in the batch's order, and the hub's
 * clock so the node can measure its own skew.
 */
public record PushAck(int protocolVersion, UUID batchId, List<EventAck> acks, Instant hubTime) {

	public PushAck {
		Objects.requireNonNull(batchId, "batchId");
		Objects.requireNonNull(hubTime, "hubTime");
		acks = List.copyOf(acks);
	}

}
