package org.bianmin.hub.sync.push;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.bianmin.hub.sync.SyncIncident;
import org.bianmin.hub.sync.persistence.IncidentRepository;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.EventAck;
import org.bianmin.model.sync.RequestSignature;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps refused events for a person, once per event id and content: the same event sent
 * again updates its row (its latest answer, when and how often it came), other content
 * under the same id is kept beside it.
 */
@Component
class IncidentKeeper {

	private final IncidentRepository incidents;

	private final JsonMapper json;

	private final Clock clock;

	IncidentKeeper(IncidentRepository incidents, JsonMapper json, Clock clock) {
		this.incidents = incidents;
		this.json = json;
		this.clock = clock;
	}

	/** Runs in the batch's transaction. */
	void keep(NodeCode node, List<Refused> refused) {
		if (refused.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		List<SyncIncident> kept = new ArrayList<>(
				this.incidents.findByEventIds(refused.stream().map((r) -> r.event().id()).toList()));
		for (Refused one : refused) {
			EventAck ack = one.ack();
			SyncIncident same = kept.stream()
				.filter((incident) -> incident.eventId().equals(one.event().id()) && sameContent(incident, one.event()))
				.findFirst()
				.orElse(null);
			if (same != null) {
				this.incidents.receivedAgain(same.id(), ack.status(), Objects.requireNonNull(ack.reason()), now);
				continue;
			}
			var incident = new SyncIncident(UUID.randomUUID(), one.event().id(), node, caseId(one.event()),
					sequence(one.event()), ack.status(), Objects.requireNonNull(ack.reason()), one.event().json(), now,
					now, 1, null, null, null, null, null, null);
			this.incidents.insert(incident,
					RequestSignature.sha256Hex(one.event().json().getBytes(StandardCharsets.UTF_8)));
			kept.add(incident);
		}
	}

	private boolean sameContent(SyncIncident incident, ReceivedBatch.ReceivedEvent event) {
		if (incident.content().equals(event.json())) {
			return true;
		}
		if (event instanceof ReceivedBatch.Readable readable) {
			try {
				return this.json.readValue(incident.content(), CaseEvent.class).equals(readable.event());
			}
			catch (RuntimeException ex) {
				return false;
			}
		}
		return false;
	}

	private static org.bianmin.model.cases.@org.jspecify.annotations.Nullable CaseId caseId(
			ReceivedBatch.ReceivedEvent event) {
		return switch (event) {
			case ReceivedBatch.Readable readable -> readable.event().caseId();
			case ReceivedBatch.Unreadable unreadable -> unreadable.caseId();
		};
	}

	private static @org.jspecify.annotations.Nullable Integer sequence(ReceivedBatch.ReceivedEvent event) {
		return switch (event) {
			case ReceivedBatch.Readable readable -> readable.event().sequence();
			case ReceivedBatch.Unreadable unreadable -> unreadable.sequence();
		};
	}

	/**
	 * A refused event and its answer.
	 *
	 * @param event the event as received
	 * @param ack the answer
	 */
	record Refused(ReceivedBatch.ReceivedEvent event, EventAck ack) {
	}

}
