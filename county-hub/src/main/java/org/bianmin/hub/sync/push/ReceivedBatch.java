package org.bianmin.hub.sync.push;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.node.NodeCode;
import org.jspecify.annotations.Nullable;

/**
 * A pushed batch as read: the events the hub could read, each with its JSON as the hub
 * writes it, and those it could not, each with why. An unreadable event still gets its
 * own answer (QUARANTINED), so one broken event never costs the batch.
 *
 * @param node the sending node (the signer)
 * @param batchId the node's id of the batch
 * @param lastOutboxSeq the outbox position of the batch's last event
 * @param events in batch order
 */
record ReceivedBatch(NodeCode node, UUID batchId, long lastOutboxSeq, List<ReceivedEvent> events) {

	ReceivedBatch {
		Objects.requireNonNull(node, "node");
		Objects.requireNonNull(batchId, "batchId");
		events = List.copyOf(events);
	}

	sealed interface ReceivedEvent {

		EventId id();

		/** The content as kept when the event is refused. */
		String json();

	}

	/**
	 * @param event the event
	 * @param json the event written by the hub's JSON mapper (what storing would store)
	 */
	record Readable(CaseEvent event, String json) implements ReceivedEvent {

		@Override
		public EventId id() {
			return this.event.id();
		}

	}

	/**
	 * @param id the event's id, which could be read
	 * @param node the recording node, if it could be read
	 * @param caseId the case, if it could be read
	 * @param sequence the sequence, if it could be read
	 * @param json the event as received
	 * @param why the reason it is quarantined
	 */
	record Unreadable(EventId id, @Nullable NodeCode node, @Nullable CaseId caseId, @Nullable Integer sequence,
			String json, RuleViolation why) implements ReceivedEvent {
	}

}
