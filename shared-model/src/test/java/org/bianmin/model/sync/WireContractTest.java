package org.bianmin.model.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.CaseChange;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseEventType;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.Channel;
import org.bianmin.model.cases.DecisionOutcome;
import org.bianmin.model.cases.Deferral;
import org.bianmin.model.cases.DeliveryMethod;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.ItemTerms;
import org.bianmin.model.cases.MaterialIssue;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.cases.RatingLevel;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.staff.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON form of events and sync messages, with the same Jackson 3 defaults the apps
 * use: every event type survives a round trip, and the field names docs/sync-protocol.md
 * gives.
 */
class WireContractTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final CaseId CASE = CaseId.of(UUID.fromString("019c9a10-0000-7000-8000-000000000001"));

	@Test
	void every_event_type_survives_a_round_trip() {
		List<CaseChange> samples = samples();
		assertThat(samples).extracting(CaseChange::type).containsExactlyInAnyOrder(CaseEventType.values());

		int sequence = 1;
		for (CaseChange change : samples) {
			CaseEvent event = event(sequence++, change);
			String json = JSON.writeValueAsString(event);
			assertThat(JSON.readValue(json, CaseEvent.class)).as(json).isEqualTo(event);
		}
	}

	@Test
	void an_event_names_its_fields_and_type_as_the_protocol_document_says() {
		CaseEvent event = event(3,
				new CaseChange.Accepted(List.of(new Deferral("困难情况证明材料", LocalDate.of(2026, 3, 11), "王𠈌兰"))));

		JsonNode json = JSON.readTree(JSON.writeValueAsString(event));

		assertThat(json.propertyNames()).containsExactlyInAnyOrder("id", "caseId", "sequence", "node", "actor",
				"recordedAt", "schemaVersion", "change");
		assertThat(json.get("change").get("type").asString()).isEqualTo("ACCEPTED");
		assertThat(json.get("recordedAt").asString()).isEqualTo("2026-03-02T02:00:00Z");
		assertThat(json.get("node").asString()).isEqualTo("QS");
		assertThat(json.get("change").get("deferrals").get(0).get("dueDate").asString()).isEqualTo("2026-03-11");
		assertThat(json.get("actor").get("role").asString()).isEqualTo("WINDOW_CLERK");
	}

	@Test
	void the_resident_id_travels_in_full_and_rare_characters_intact() {
		CaseEvent filed = event(1, samples().getFirst());

		String json = JSON.writeValueAsString(filed);

		assertThat(json).contains("621121194411030784").contains("王𠈌兰");
	}

	@Test
	void push_batches_acks_and_pull_pages_survive_a_round_trip() {
		CaseEvent event = event(1, samples().getFirst());
		PushBatch batch = new PushBatch(SyncProtocol.VERSION, CaseFixtures.TOWNSHIP, UUID.randomUUID(), 7,
				List.of(event));
		PushAck ack = new PushAck(SyncProtocol.VERSION, batch.batchId(),
				List.of(new EventAck(event.id(), AckStatus.STORED, null),
						new EventAck(EventId.of(UUID.randomUUID()), AckStatus.NOT_OWNER,
								RuleViolation.of("case.rule.notOwner", "QS", "YL"))),
				Instant.parse("2026-03-02T02:00:01Z"));
		SyncedStaff clerk = new SyncedStaff(UUID.randomUUID(), "clerk", "周晓燕", "{bcrypt}$2a$10$abc", true,
				CaseFixtures.TOWNSHIP, null, java.util.Set.of(Role.WINDOW_CLERK), 3);
		PullPage page = new PullPage(SyncProtocol.VERSION, 10, 12, false, null,
				List.of(new FeedEntry.CaseEvents(List.of(event)), new FeedEntry.StaffAccount(clerk),
						new FeedEntry.IncidentResolved(event.id(), ResolutionChoice.ACCEPT_NODE, "核对无误",
								new StaffRef("supervisor", "钱丽华"), Instant.parse("2026-03-02T02:00:02Z"),
								EventId.of(UUID.fromString("019c9a10-0000-7000-8000-00000000000b"))),
						new FeedEntry.IncidentResolved(event.id(), ResolutionChoice.DISCARD, "误操作，作废",
								new StaffRef("supervisor", "钱丽华"), Instant.parse("2026-03-02T02:00:02Z"), null)),
				Instant.parse("2026-03-02T02:00:02Z"));
		PullPage resync = new PullPage(SyncProtocol.VERSION, 99, 0, false, new Resync(Resync.Reason.CURSOR_AHEAD, 41),
				List.of(), Instant.parse("2026-03-02T02:00:02Z"));

		assertThat(JSON.readValue(JSON.writeValueAsString(batch), PushBatch.class)).isEqualTo(batch);
		assertThat(JSON.readValue(JSON.writeValueAsString(ack), PushAck.class)).isEqualTo(ack);
		assertThat(JSON.readValue(JSON.writeValueAsString(page), PullPage.class)).isEqualTo(page);
		assertThat(JSON.readValue(JSON.writeValueAsString(resync), PullPage.class)).isEqualTo(resync);
		assertThat(JSON.readTree(JSON.writeValueAsString(page)).get("entries").get(1).get("kind").asString())
			.isEqualTo("STAFF_ACCOUNT");
		assertThat(JSON.readTree(JSON.writeValueAsString(page)).get("entries").get(2).get("kind").asString())
			.isEqualTo("INCIDENT_RESOLVED");
	}

	private static CaseEvent event(int sequence, CaseChange change) {
		Actor clerk = new Actor(new StaffRef("clerk.b", "吴海涛"), Role.WINDOW_CLERK, new StaffRef("clerk", "周晓燕"));
		return new CaseEvent(EventId.of(new UUID(0x019c9a1000007000L, sequence)), CASE, sequence, CaseFixtures.TOWNSHIP,
				clerk, CaseFixtures.MONDAY_MORNING, CaseEvent.SCHEMA_VERSION, change);
	}

	private static List<CaseChange> samples() {
		return List.of(
				new CaseChange.Filed(CaseFixtures.queryCode(), ItemTerms.of(CaseFixtures.PENSION, 1),
						CaseFixtures.applicant(), Channel.ON_BEHALF, NodeLevel.VILLAGE, CaseFixtures.AGENT.who(),
						CaseFixtures.signedAuthorisation(), Map.of("居民身份证", MaterialState.RECEIVED)),
				new CaseChange.DraftUpdated(Channel.HOME_VISIT, Map.of("户口簿", MaterialState.MISSING)),
				new CaseChange.Submitted(CaseFixtures.TOWNSHIP),
				new CaseChange.CorrectionRequested(List.of(new MaterialIssue("户口簿", MaterialIssue.Kind.MISSING, null),
						new MaterialIssue("居民身份证", MaterialIssue.Kind.FAULTY, "已过有效期"))),
				new CaseChange.Resubmitted(Map.of("户口簿", MaterialState.RECEIVED)),
				new CaseChange.Accepted(List.of(new Deferral("社会保障卡", LocalDate.of(2026, 3, 6), "王𠈌兰"))),
				new CaseChange.Refused(List.of("不属于受理范围")), new CaseChange.ReviewStarted(),
				new CaseChange.Forwarded(CaseFixtures.HUB), new CaseChange.Received(),
				new CaseChange.Decided(DecisionOutcome.REJECTED, List.of("不符合条件")),
				new CaseChange.DeferredMaterialSupplied("社会保障卡"), new CaseChange.ResultReleased(CaseFixtures.TOWNSHIP),
				new CaseChange.Delivered(DeliveryMethod.BY_PROXY_AGENT),
				new CaseChange.Rated(RatingLevel.VERY_DISSATISFIED, "跑了三趟"),
				new CaseChange.FollowUpOpened(LocalDate.of(2026, 3, 23), CaseFixtures.HUB),
				new CaseChange.FollowUpClosed("已回访并整改"), new CaseChange.Terminated(List.of("社会保障卡")),
				new CaseChange.MaterialScanned("居民身份证",
						"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "image/jpeg", 734003,
						"身份证正面.jpg"),
				new CaseChange.SyncResolved(EventId.of(UUID.fromString("019c9a10-0000-7000-8000-00000000000a")),
						CaseFixtures.TOWNSHIP, CaseFixtures.CLERK, "扫描件核对无误，予以采用",
						new CaseChange.DeferredMaterialSupplied("社会保障卡")));
	}

}
