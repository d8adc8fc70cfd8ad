package org.bianmin.hub.cases;

import java.time.Instant;
import java.util.Objects;

import org.bianmin.model.cases.CaseEvent;

/**
 * A case event as the hub stored it: the event with the node's clock, and the hub's own
 * clock when it arrived, so a timeline can show both (a node's clock may be off).
 *
 * @param event the event as recorded where it happened
 * @param receivedAt when the hub stored it
 */
public record StoredEvent(CaseEvent event, Instant receivedAt) {

	public StoredEvent {
		Objects.requireNonNull(event, "event");
		Objects.requireNonNull(receivedAt, "receivedAt");
	}

}
