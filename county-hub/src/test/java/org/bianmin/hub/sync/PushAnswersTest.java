package org.bianmin.hub.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bianmin.model.cases.CaseChange;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.sync.AckStatus;
import org.bianmin.model.sync.EventAck;
import org.bianmin.model.sync.PushAck;
import org.bianmin.model.sync.SyncProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.model.cases.CaseFixtures.AGENT;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.PENSION;

/**
 * Every per-event answer of docs/sync-protocol.md 5.1 over real HTTP: what is stored,
 * what is refused and kept once, and that one bad event blocks only the later events of
 * its own case.
 */
class PushAnswersTest extends SyncEndpointTest {

	@Autowired
	SyncIncidentService incidents;

	@Test
	void stores_a_batch_and_answers_a_replay_with_duplicate_storing_nothing_twice() {
		Node township = township();
		List<CaseEvent> events = forwarded(township).events();

		PushAck first = township.client().push(batch(township.code(), 4, events));
		PushAck again = township.client().push(batch(township.code(), 4, events));

		assertThat(first.acks()).extracting(EventAck::status).containsOnly(AckStatus.STORED).hasSize(events.size());
		assertThat(first.acks()).extracting(EventAck::eventId).containsExactlyElementsOf(ids(events));
		assertThat(again.acks()).extracting(EventAck::status).containsOnly(AckStatus.DUPLICATE);
		assertThat(eventsOfCase(events.getFirst())).isEqualTo(events.size());
		assertThat(this.registry.find(township.code()).orElseThrow().lastOutboxSeq()).isEqualTo(4);
	}

	@Test
	void keeps_the_hub_receive_time_beside_the_node_clock() {
		Node township = township();
		List<CaseEvent> events = forwarded(township).events();
		Instant before = Instant.now();

		township.client().push(batch(township.code(), 4, events));

		List<java.sql.Timestamp> received = this.jdbc.queryForList(
				"select received_at from case_event where case_id = ?", java.sql.Timestamp.class,
				events.getFirst().caseId().value());
		assertThat(received).allSatisfy((at) -> assertThat(at.toInstant()).isAfterOrEqualTo(before.minusSeconds(1)));
		assertThat(events.getFirst().recordedAt()).isEqualTo(CaseFixtures.MONDAY_MORNING);
	}

	@Test
	void answers_conflict_for_other_content_under_a_stored_id_and_keeps_it_once() {
		Node township = township();
		List<CaseEvent> events = forwarded(township).events();
		township.client().push(batch(township.code(), 4, events));
		CaseEvent original = events.get(1);
		CaseEvent tampered = new CaseEvent(original.id(), original.caseId(), original.sequence(), original.node(),
				original.actor(), original.recordedAt().plusSeconds(60), original.schemaVersion(), original.change());

		PushAck first = township.client().push(batch(township.code(), 5, List.of(tampered)));
		PushAck again = township.client().push(batch(township.code(), 5, List.of(tampered)));

		assertThat(first.acks().getFirst().status()).isEqualTo(AckStatus.CONFLICT);
		assertThat(first.acks().getFirst().reason().key()).isEqualTo("sync.rule.conflict");
		assertThat(again.acks()).containsExactlyElementsOf(first.acks());
		List<SyncIncident> kept = incidentsOf(tampered.id());
		assertThat(kept).singleElement().satisfies((incident) -> {
			assertThat(incident.status()).isEqualTo(AckStatus.CONFLICT);
			assertThat(incident.timesReceived()).isEqualTo(2);
			assertThat(incident.node()).isEqualTo(township.code());
			assertThat(incident.content()).contains(original.id().toString());
		});
	}

	@Test
	void answers_not_owner_for_an_event_on_a_case_handed_to_the_hub() {
		Node township = township();
		CaseScript script = forwarded(township);
		township.client().push(batch(township.code(), 4, script.events()));
		CaseEvent late = event(script, township, new CaseChange.Received());

		PushAck ack = township.client().push(batch(township.code(), 5, List.of(late)));

		assertThat(ack.acks().getFirst().status()).isEqualTo(AckStatus.NOT_OWNER);
		assertThat(ack.acks().getFirst().reason().key()).isEqualTo("case.rule.notOwner");
		assertThat(ack.acks().getFirst().reason().args()).containsExactly(township.code().value(), "YL");
		assertThat(incidentsOf(late.id())).extracting(SyncIncident::status).containsExactly(AckStatus.NOT_OWNER);
	}

	@Test
	void answers_not_owner_for_a_village_event_on_a_case_its_township_already_took_further() {
		Node township = township();
		Node village = village(township);
		CaseScript script = submittedByVillage(village);
		village.client().push(batch(village.code(), 2, script.events()));
		// the township accepts (event 3) and pushes it
		script.then(new CaseCommand.Accept(List.of()), CLERK, township.place());
		township.client().push(batch(township.code(), 1, script.from(3)));
		// the village, not knowing, wrote its own event 3
		CaseEvent stale = new CaseEvent(EventId.of(UUID.randomUUID()), script.current().id(), 3, village.code(), AGENT,
				CaseFixtures.MONDAY_MORNING, CaseEvent.SCHEMA_VERSION,
				new CaseChange.DraftUpdated(script.current().channel(), script.current().materials()));

		PushAck ack = village.client().push(batch(village.code(), 3, List.of(stale)));

		assertThat(ack.acks().getFirst().status()).isEqualTo(AckStatus.NOT_OWNER);
		assertThat(ack.acks().getFirst().reason().args()).containsExactly(village.code().value(),
				township.code().value());
	}

	@Test
	void quarantines_a_gap_and_blocks_only_the_later_events_of_the_same_case() {
		Node township = township();
		CaseScript a = forwarded(township);
		CaseScript b = forwarded(township);
		List<CaseEvent> batch = new ArrayList<>();
		batch.add(a.events().get(0));
		batch.add(b.events().get(0));
		batch.add(b.events().get(2)); // a gap: event 2 of b is missing
		batch.add(a.events().get(1));
		batch.add(b.events().get(3)); // behind the refused one
		batch.add(a.events().get(2));
		batch.add(a.events().get(3));

		PushAck ack = township.client().push(batch(township.code(), 7, batch));

		assertThat(ack.acks()).extracting(EventAck::status)
			.containsExactly(AckStatus.STORED, AckStatus.STORED, AckStatus.QUARANTINED, AckStatus.STORED,
					AckStatus.QUARANTINED, AckStatus.STORED, AckStatus.STORED);
		assertThat(ack.acks().get(2).reason().key()).isEqualTo("case.rule.gap");
		assertThat(ack.acks().get(2).reason().args()).containsExactly("2", "3");
		assertThat(ack.acks().get(4).reason().key()).isEqualTo("sync.rule.blockedBehind");
		assertThat(ack.acks().get(4).reason().args()).containsExactly("3");
		assertThat(eventsOfCase(a.events().getFirst())).isEqualTo(4);
		assertThat(eventsOfCase(b.events().getFirst())).isEqualTo(1);
	}

	@Test
	void quarantines_an_event_recorded_by_another_node() {
		Node township = township();
		Node other = township();
		List<CaseEvent> theirs = forwarded(other).events();

		PushAck ack = township.client().push(batch(township.code(), 1, theirs.subList(0, 1)));

		assertThat(ack.acks().getFirst().status()).isEqualTo(AckStatus.QUARANTINED);
		assertThat(ack.acks().getFirst().reason().key()).isEqualTo("sync.rule.foreignNode");
		assertThat(ack.acks().getFirst().reason().args()).containsExactly(other.code().value(),
				township.code().value());
		assertThat(eventsOfCase(theirs.getFirst())).isZero();
	}

	@Test
	void quarantines_an_event_of_a_later_schema_version_without_refusing_the_batch() {
		Node township = township();
		List<CaseEvent> events = forwarded(township).events();
		ObjectNode batch = this.json.valueToTree(batch(township.code(), 2, events.subList(0, 1)));
		ObjectNode future = this.json.valueToTree(forwarded(township).events().getFirst());
		future.put("schemaVersion", 2);
		future.putObject("change").put("type", "TELEPORTED");
		batch.withArray("events").add(future);

		PushAck ack = township.client().post(SyncProtocol.PUSH_PATH, batch).ok(PushAck.class);

		assertThat(ack.acks()).extracting(EventAck::status).containsExactly(AckStatus.STORED, AckStatus.QUARANTINED);
		assertThat(ack.acks().get(1).reason().key()).isEqualTo("sync.rule.laterSchemaVersion");
		assertThat(ack.acks().get(1).reason().args()).containsExactly("2", "1");
		assertThat(incidentsOf(ack.acks().get(1).eventId())).singleElement()
			.satisfies((incident) -> assertThat(incident.content()).contains("TELEPORTED"));
	}

	private CaseScript forwarded(Node township) {
		return new CaseScript()
			.then(CaseFixtures.fileAtWindow(PENSION, CaseFixtures.all(PENSION, MaterialState.RECEIVED)), CLERK,
					township.place())
			.then(new CaseCommand.Submit(), CLERK, township.place())
			.then(new CaseCommand.Accept(List.of()), CLERK, township.place())
			.then(new CaseCommand.Forward(), CLERK, township.place());
	}

	private CaseScript submittedByVillage(Node village) {
		return new CaseScript()
			.then(CaseFixtures.fileByProxy(PENSION, CaseFixtures.all(PENSION, MaterialState.RECEIVED)), AGENT,
					village.place())
			.then(new CaseCommand.Submit(), AGENT, village.place());
	}

	private static CaseEvent event(CaseScript script, Node node, CaseChange change) {
		return new CaseEvent(EventId.of(UUID.randomUUID()), script.current().id(), script.current().version() + 1,
				node.code(), CLERK, CaseFixtures.MONDAY_MORNING, CaseEvent.SCHEMA_VERSION, change);
	}

	private List<SyncIncident> incidentsOf(EventId id) {
		return this.incidents.incidents(0, 1000, false).stream().filter((i) -> i.eventId().equals(id)).toList();
	}

	private int eventsOfCase(CaseEvent event) {
		return this.jdbc.queryForObject("select count(*) from case_event where case_id = ?", Integer.class,
				event.caseId().value());
	}

	private static List<EventId> ids(List<CaseEvent> events) {
		return events.stream().map(CaseEvent::id).toList();
	}

}
