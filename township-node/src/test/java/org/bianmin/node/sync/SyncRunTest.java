package org.bianmin.node.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.DecisionOutcome;
import org.bianmin.model.cases.DeliveryMethod;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.staff.Role;
import org.bianmin.model.sync.AckStatus;
import org.bianmin.model.sync.EventAck;
import org.bianmin.model.sync.FeedEntry;
import org.bianmin.model.sync.ResolutionChoice;
import org.bianmin.model.sync.PullPage;
import org.bianmin.model.sync.Resync;
import org.bianmin.model.sync.PushBatch;
import org.bianmin.model.sync.SyncProtocol;
import org.bianmin.model.sync.SyncedStaff;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.attachments.AttachmentService;
import org.bianmin.node.attachments.persistence.AttachmentRepository;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.CaseEventExchange;
import org.bianmin.node.casework.CaseQueueService;
import org.bianmin.node.casework.QueueFilter;
import org.bianmin.node.casework.QueueRow;
import org.bianmin.node.casework.QueueSort;
import org.bianmin.node.casework.WindowDesk;
import org.bianmin.node.catalog.NodeCatalogService;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.storage.StorageSettings;
import org.bianmin.node.staff.StaffAccountService;
import org.bianmin.node.staff.StaffPrincipal;
import org.bianmin.node.sync.persistence.OutboxRepository;
import org.bianmin.node.sync.persistence.OutboxState;
import org.bianmin.node.sync.persistence.SyncStateRepository;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.node.jooq.Tables.OUTBOX;

/**
 * Sync runs of the township node QS against a stand-in hub: push with per-event answers,
 * pull applying pages atomically and idempotently, resync for both reasons, offline and
 * refusals. The node's real database and services; the stand-in checks every signature.
 */
@TownshipNodeTest
class SyncRunTest {

	private static final NodeCode QS = NodeCode.of("QS");

	@Autowired
	private NodeIdentity node;

	@Autowired
	private JsonMapper json;

	@Autowired
	private SyncStateRepository states;

	@Autowired
	private OutboxRepository outbox;

	@Autowired
	private CaseEventExchange exchange;

	@Autowired
	private AttachmentService attachments;

	@Autowired
	private AttachmentRepository attachmentRows;

	@Autowired
	private StorageSettings storage;

	@Autowired
	private NodeCatalogService catalog;

	@Autowired
	private PullService.FeedApplier applier;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private Clock clock;

	@Autowired
	private CaseCommandService commands;

	@Autowired
	private CaseQueueService queue;

	@Autowired
	private StaffAccountService staff;

	@Autowired
	private SyncIssuesService issues;

	@Autowired
	private DSLContext dsl;

	private FakeHub hub;

	private SyncHarness sync;

	private WindowDesk window;

	@BeforeEach
	void start() {
		this.hub = new FakeHub();
		this.sync = harness(this.hub.connection());
		this.sync.resetState();
		this.window = new WindowDesk(this.commands, CaseFixtures.CLERK);
	}

	@AfterEach
	void stop() {
		this.hub.close();
	}

	@Test
	void pushes_every_pending_event_and_one_refusal_does_not_hold_back_the_others() {
		Case refusedCase = this.window.submitted(CaseFixtures.RELIEF, "甲", WindowDesk.village());
		Case storedCase = this.window.submitted(CaseFixtures.RELIEF, "乙", WindowDesk.village());
		this.hub.ackPolicy = (event) -> event.caseId().equals(refusedCase.id())
				? new EventAck(event.id(), AckStatus.NOT_OWNER, RuleViolation.of("case.rule.notOwner", "QS", "YL"))
				: new EventAck(event.id(), AckStatus.STORED, null);

		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);

		assertThat(this.outbox.count(OutboxState.PENDING)).isZero();
		assertThat(states(storedCase)).containsOnly("SYNCED");
		assertThat(states(refusedCase)).containsOnly("REJECTED");
		List<RejectedEvent> refused = this.issues.rejected(0, 1000)
			.stream()
			.filter((r) -> r.caseId().equals(refusedCase.id().value()))
			.toList();
		assertThat(refused).hasSize(2).allSatisfy((r) -> {
			assertThat(r.status()).isEqualTo(AckStatus.NOT_OWNER);
			assertThat(r.reason()).isEqualTo(RuleViolation.of("case.rule.notOwner", "QS", "YL"));
		});
		// every push batch of the run was signed and compressed; the hub checked each
		assertThat(this.hub.requestsTo(SyncProtocol.PUSH_PATH)).allMatch(FakeHub.Received::gzip);
	}

	@Test
	void batches_read_ahead_go_out_in_outbox_order_and_a_refusal_in_one_does_not_hold_back_the_next() {
		SyncHarness smallBatches = new SyncHarness(this.hub, this.hub.connection(), this.node, this.json, this.states,
				this.outbox, this.exchange, this.attachmentRows, this.storage, this.catalog, this.applier,
				this.transactionManager, this.clock, 3, 256 * 1024);
		List<Case> cases = new java.util.ArrayList<>();
		for (String name : List.of("赵", "钱", "孙", "李", "周")) {
			cases.add(this.window.submitted(CaseFixtures.RELIEF, name, WindowDesk.village()));
		}
		Case refusedCase = cases.get(1);
		this.hub.ackPolicy = (event) -> event.caseId().equals(refusedCase.id())
				? new EventAck(event.id(), AckStatus.QUARANTINED, RuleViolation.of("sync.rule.blockedBehind", 1))
				: new EventAck(event.id(), AckStatus.STORED, null);
		List<Long> pending = this.dsl.select(OUTBOX.SEQ)
			.from(OUTBOX)
			.where(OUTBOX.STATE.eq("PENDING"))
			.orderBy(OUTBOX.SEQ)
			.fetch(org.jooq.Record1::value1);

		assertThat(smallBatches.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);

		List<PushBatch> batches = this.hub.requestsTo(SyncProtocol.PUSH_PATH)
			.stream()
			.map((request) -> this.json.readValue(request.body(), PushBatch.class))
			.toList();
		assertThat(batches).allSatisfy((batch) -> assertThat(batch.events()).hasSizeLessThanOrEqualTo(3));
		// every PENDING row once, in outbox order, across the batches
		assertThat(batches.stream().map(PushBatch::lastOutboxSeq).toList()).isSorted().doesNotHaveDuplicates();
		assertThat(batches.stream().mapToInt((batch) -> batch.events().size()).sum()).isEqualTo(pending.size());
		assertThat(this.outbox.count(OutboxState.PENDING)).isZero();
		assertThat(states(refusedCase)).containsOnly("REJECTED");
		for (Case stored : cases) {
			if (stored != refusedCase) {
				assertThat(states(stored)).containsOnly("SYNCED");
			}
		}
	}

	@Test
	void a_refused_event_is_never_sent_again_by_itself_but_once_a_person_asks() {
		Case refusedCase = this.window.submitted(CaseFixtures.RELIEF, "丙", WindowDesk.village());
		this.hub.ackPolicy = (event) -> new EventAck(event.id(), AckStatus.QUARANTINED,
				RuleViolation.of("sync.rule.blockedBehind"));
		this.sync.runner.run(true);
		int pushesBefore = this.hub.requestsTo(SyncProtocol.PUSH_PATH).size();

		this.sync.runner.run(true);
		assertThat(this.hub.requestsTo(SyncProtocol.PUSH_PATH)).hasSize(pushesBefore);

		this.hub.ackPolicy = (event) -> new EventAck(event.id(), AckStatus.STORED, null);
		for (CaseEvent event : this.commands.timeline(refusedCase.id())) {
			assertThat(this.issues.resend(event.id().value())).isTrue();
		}
		this.sync.runner.run(true);
		assertThat(states(refusedCase)).containsOnly("SYNCED");
	}

	@Test
	void a_resolution_pulled_from_the_hub_settles_the_refused_row_which_is_never_sent_again() {
		Case refusedCase = this.window.submitted(CaseFixtures.RELIEF, "戊", WindowDesk.village());
		this.hub.ackPolicy = (event) -> new EventAck(event.id(), AckStatus.CONFLICT,
				RuleViolation.of("sync.rule.conflict", event.id().toString()));
		this.sync.runner.run(true);
		List<CaseEvent> events = this.commands.timeline(refusedCase.id());
		CaseEvent first = events.getFirst();
		// a person at the county discarded the first one; the other stays refused
		long cursor = this.states.get().cursor();
		page(cursor, cursor + 1, false,
				new FeedEntry.IncidentResolved(first.id(), ResolutionChoice.DISCARD, "重复录入，作废",
						new org.bianmin.model.cases.StaffRef("supervisor", "钱丽华"),
						Instant.parse("2026-03-03T02:00:00Z"), null));
		int pushesBefore = this.hub.requestsTo(SyncProtocol.PUSH_PATH).size();

		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);

		assertThat(this.issues.rejected(0, 1000)).extracting(RejectedEvent::eventId)
			.doesNotContain(first.id().value())
			.contains(events.get(1).id().value());
		assertThat(this.issues.resolved(0, 1000)).filteredOn((r) -> r.eventId().equals(first.id().value()))
			.singleElement()
			.satisfies((r) -> {
				assertThat(r.choice()).isEqualTo(ResolutionChoice.DISCARD);
				assertThat(r.reason()).isEqualTo("重复录入，作废");
				assertThat(r.resolvedBy()).isEqualTo("钱丽华");
				assertThat(r.status()).isEqualTo(AckStatus.CONFLICT);
			});
		assertThat(this.issues.resend(first.id().value())).isFalse();
		assertThat(this.hub.requestsTo(SyncProtocol.PUSH_PATH)).hasSize(pushesBefore);
		assertThat(this.states.get().cursor()).isEqualTo(cursor + 1);
	}

	@Test
	void a_cut_after_the_hubs_commit_leaves_events_pending_and_the_resend_is_answered_duplicate() {
		Case filed = this.window.submitted(CaseFixtures.RELIEF, "丁", WindowDesk.village());
		this.sync.runner.run(true);
		assertThat(states(filed)).containsOnly("SYNCED");
		// as if the answer had been lost: the node still holds them as PENDING
		this.dsl.update(OUTBOX).set(OUTBOX.STATE, "PENDING").where(OUTBOX.CASE_ID.eq(filed.id().value())).execute();

		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);

		assertThat(states(filed)).containsOnly("SYNCED");
		assertThat(this.hub.stored.values().stream().filter((e) -> e.caseId().equals(filed.id()))).hasSize(2);
	}

	@Test
	void a_village_case_handed_to_the_township_arrives_in_its_queue_and_the_county_decision_comes_back_for_delivery() {
		CaseFixtures.Desk villageDesk = new CaseFixtures.Desk();
		CommandResult.Done filed = (CommandResult.Done) villageDesk.decide(null,
				CaseFixtures.fileByProxy(CaseFixtures.PENSION,
						CaseFixtures.all(CaseFixtures.PENSION, MaterialState.RECEIVED)),
				CaseFixtures.AGENT, CaseFixtures.AT_VILLAGE);
		CommandResult.Done submitted = (CommandResult.Done) villageDesk.decide(filed.after(), new CaseCommand.Submit(),
				CaseFixtures.AGENT, CaseFixtures.AT_VILLAGE);
		List<CaseEvent> fromVillage = new ArrayList<>(filed.events());
		fromVillage.addAll(submitted.events());
		page(0, 1, false, new FeedEntry.CaseEvents(fromVillage));

		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);

		Case arrived = this.commands.find(filed.after().id());
		assertThat(arrived.status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(arrived.owner()).isEqualTo(QS);
		assertThat(queueIds()).contains(arrived.id().value());
		assertThat(this.sync.state().cursor()).isEqualTo(1);
		// pulled events are not the node's to push
		assertThat(this.dsl.fetchCount(OUTBOX, OUTBOX.CASE_ID.eq(arrived.id().value()))).isZero();

		// the township accepts and forwards; the county decides and releases the result
		Case accepted = WindowDesk
			.done(this.commands.handle(arrived.id(), new CaseCommand.Accept(List.of()), CaseFixtures.CLERK));
		Case forwarded = WindowDesk
			.done(this.commands.handle(arrived.id(), new CaseCommand.Forward(), CaseFixtures.CLERK));
		CaseFixtures.Desk county = new CaseFixtures.Desk().at(Instant.now());
		List<CaseEvent> fromCounty = new ArrayList<>();
		Case atHub = forwarded;
		for (CaseCommand command : List.of(new CaseCommand.Receive(),
				new CaseCommand.Decide(DecisionOutcome.APPROVED, List.of()), new CaseCommand.ReleaseResult())) {
			CommandResult.Done done = (CommandResult.Done) county.decide(atHub, command, CaseFixtures.REVIEWER,
					CaseFixtures.AT_HUB);
			fromCounty.addAll(done.events());
			atHub = done.after();
		}
		page(1, 2, false, new FeedEntry.CaseEvents(fromCounty));

		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);

		Case back = this.commands.find(arrived.id());
		assertThat(back.status()).isEqualTo(CaseStatus.RESULT_READY);
		assertThat(back.owner()).isEqualTo(QS);
		assertThat(queueIds()).contains(back.id().value());
		assertThat(accepted.version()).isLessThan(back.version());
		assertThat(WindowDesk
			.done(this.commands.handle(back.id(), new CaseCommand.Deliver(DeliveryMethod.AT_WINDOW),
					CaseFixtures.CLERK))
			.status()).isEqualTo(CaseStatus.DELIVERED);
	}

	@Test
	void a_page_that_fails_half_way_changes_nothing_and_the_cursor_stays() {
		CommandResult.Done filed = villageCase();
		SyncedStaff broken = new SyncedStaff(UUID.randomUUID(), "Not A Valid Username", "坏账号", "{noop}x", true, QS,
				null, Set.of(Role.WINDOW_CLERK), 1);
		page(0, 2, false, new FeedEntry.CaseEvents(filed.events()), new FeedEntry.StaffAccount(broken));

		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.FAILED);

		assertThat(this.sync.state().cursor()).isZero();
		assertThat(this.sync.state().lastErrorCode()).isEqualTo(SyncRunner.LOCAL_ERROR);
		assertThat(this.exchange.events(List.of(filed.events().getFirst().id()))).isEmpty();
	}

	@Test
	void applying_a_page_again_changes_nothing() {
		CommandResult.Done filed = villageCase();
		PullPage page = new PullPage(SyncProtocol.VERSION, 0, 1, false, null,
				List.of(new FeedEntry.CaseEvents(filed.events())), Instant.now());
		this.hub.pages.add(page);
		this.sync.runner.run(true);
		int problemsBefore = this.issues.problems(1000).size();

		this.sync.setCursor(0);
		this.hub.pages.add(page);
		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);

		assertThat(this.commands.timeline(filed.after().id())).hasSize(1);
		assertThat(this.issues.problems(1000)).hasSize(problemsBefore);
		assertThat(this.sync.state().cursor()).isEqualTo(1);
	}

	@Test
	void an_event_at_a_sequence_the_node_holds_under_another_id_is_kept_out_and_shown() {
		Case mine = this.window.submitted(CaseFixtures.RELIEF, "戊", WindowDesk.village());
		CaseEvent local = this.commands.timeline(mine.id()).get(1);
		CaseEvent rival = new CaseEvent(EventId.of(UUID.randomUUID()), mine.id(), 2, QS, local.actor(),
				local.recordedAt(), CaseEvent.SCHEMA_VERSION, local.change());
		page(0, 1, false, new FeedEntry.CaseEvents(List.of(this.commands.timeline(mine.id()).getFirst(), rival)));

		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);

		assertThat(this.commands.timeline(mine.id())).extracting(CaseEvent::id)
			.containsExactly(this.commands.timeline(mine.id()).getFirst().id(), local.id());
		assertThat(this.issues.problems(1000)).anySatisfy((problem) -> {
			assertThat(problem.hubEventId()).isEqualTo(rival.id().value());
			assertThat(problem.localEventId()).isEqualTo(local.id().value());
			assertThat(problem.reason().key()).isEqualTo("sync.problem.sameSequence");
		});
	}

	@Test
	void cursor_ahead_rebuilds_from_zero_and_sends_every_synced_event_again() {
		Case filed = this.window.submitted(CaseFixtures.RELIEF, "己", WindowDesk.village());
		this.sync.runner.run(true);
		assertThat(states(filed)).containsOnly("SYNCED");
		this.sync.setCursor(500);
		this.hub.pages.add(new PullPage(SyncProtocol.VERSION, 500, 0, false, new Resync(Resync.Reason.CURSOR_AHEAD, 0),
				List.of(), Instant.now()));
		CommandResult.Done fromHub = villageCase();
		page(0, 1, false, new FeedEntry.CaseEvents(fromHub.events()));
		int pushesBefore = this.hub.requestsTo(SyncProtocol.PUSH_PATH).size();

		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);

		List<FakeHub.Received> feeds = this.hub.requestsTo(SyncProtocol.FEED_PATH);
		assertThat(feeds.getLast().target()).startsWith(SyncProtocol.FEED_PATH + "?after=0&").endsWith("&rebuild=true");
		assertThat(this.sync.state().rebuilding()).isFalse();
		assertThat(this.sync.state().cursor()).isEqualTo(1);
		assertThat(states(filed)).containsOnly("SYNCED");
		// sent again (every SYNCED row of the node was), answered DUPLICATE: stored once
		assertThat(this.hub.stored.values().stream().filter((e) -> e.caseId().equals(filed.id()))).hasSize(2);
		assertThat(this.hub.requestsTo(SyncProtocol.PUSH_PATH)).hasSizeGreaterThan(pushesBefore);
	}

	@Test
	void node_behind_moves_the_outbox_above_the_hubs_position_and_keeps_unpushed_events() {
		long hubOutboxSeq = this.outbox.maxSeq() + 1000;
		Case unpushed = this.window.submitted(CaseFixtures.RELIEF, "庚", WindowDesk.village());
		this.hub.failEverythingWith = 0;
		this.hub.pages.add(new PullPage(SyncProtocol.VERSION, 0, 0, false,
				new Resync(Resync.Reason.NODE_BEHIND, hubOutboxSeq), List.of(), Instant.now()));

		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);

		assertThat(this.hub.requestsTo(SyncProtocol.FEED_PATH).get(1).target())
			.contains("&outboxSeq=" + hubOutboxSeq + "&rebuild=true");
		assertThat(states(unpushed)).containsOnly("SYNCED");
		Case later = this.window.submitted(CaseFixtures.RELIEF, "辛", WindowDesk.village());
		Long seq = this.dsl.select(OUTBOX.SEQ)
			.from(OUTBOX)
			.where(OUTBOX.CASE_ID.eq(later.id().value()))
			.orderBy(OUTBOX.SEQ)
			.limit(1)
			.fetchOne(OUTBOX.SEQ);
		assertThat(seq).isGreaterThan(hubOutboxSeq);
	}

	@Test
	void a_scheduled_run_waits_until_the_node_has_started() {
		this.sync.resetState();

		assertThat(this.sync.starting.runScheduled()).isEqualTo(SyncRunner.Outcome.WAITING);

		assertThat(this.sync.state().lastAttemptAt()).isNull();
		assertThat(this.sync.runner.runScheduled()).isEqualTo(SyncRunner.Outcome.DONE);
		assertThat(this.sync.state().lastAttemptAt()).isNotNull();
	}

	@Test
	void an_unreachable_hub_is_offline_with_a_jittered_wait_not_an_error() {
		this.hub.failEverythingWith = 503;

		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.OFFLINE);

		var state = this.sync.state();
		assertThat(state.lastErrorCode()).isEqualTo(SyncRunner.OFFLINE);
		assertThat(state.consecutiveFailures()).isEqualTo(1);
		assertThat(state.nextAttemptAt()).isBetween(state.lastAttemptAt(),
				state.lastAttemptAt().plus(Duration.ofSeconds(31)));
		if (state.nextAttemptAt().isAfter(Instant.now().plusSeconds(1))) {
			assertThat(this.sync.runner.runScheduled()).isEqualTo(SyncRunner.Outcome.WAITING);
		}
		this.hub.failEverythingWith = 0;
		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);
		assertThat(this.sync.state().consecutiveFailures()).isZero();
		assertThat(this.sync.state().lastErrorCode()).isNull();
	}

	@Test
	void a_refusal_is_an_error_shown_in_chinese_and_retried_at_the_cap() {
		SyncHarness wrongSecret = harness(
				new HubConnection(this.hub.url(), "a-rotated-secret-xxxxxxxxxxxxxxxxxxxxxxxx", null));

		assertThat(wrongSecret.runner.run(true)).isEqualTo(SyncRunner.Outcome.FAILED);

		var state = this.sync.state();
		assertThat(state.lastErrorCode()).isEqualTo("BAD_SIGNATURE");
		assertThat(state.nextAttemptAt()).isAfter(Instant.now().plus(Duration.ofMinutes(29)));
	}

	@Test
	void staff_accounts_from_the_hub_replace_the_nodes_own_by_id_and_username() {
		String username = "window." + UUID.randomUUID().toString().substring(0, 6);
		this.staff.enrolIfAbsent(
				new StaffAccountService.Enrolment(username, "本地账号", "QS", null, Set.of(Role.WINDOW_CLERK)),
				"local-password");
		UUID hubId = UUID.randomUUID();
		page(0, 1, true, new FeedEntry.StaffAccount(new SyncedStaff(hubId, username, "县中心账号", "{noop}from-hub", true,
				QS, null, Set.of(Role.WINDOW_CLERK, Role.SUPERVISOR), 3)));
		page(1, 2, false, new FeedEntry.StaffAccount(
				new SyncedStaff(hubId, username, "旧版本", "{noop}old", true, QS, null, Set.of(Role.WINDOW_CLERK), 2)));

		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);

		StaffPrincipal taken = this.staff.loadUserByUsername(username);
		assertThat(taken.displayName()).isEqualTo("县中心账号");
		assertThat(taken.getPassword()).isEqualTo("{noop}from-hub");
		assertThat(taken.hasRole(Role.SUPERVISOR)).isTrue();
	}

	@Test
	void the_first_catalog_from_the_hub_replaces_the_demo_catalog_and_newer_versions_follow() {
		var demo = this.catalog.current();
		page(0, 1, true, new FeedEntry.CatalogPublished(org.bianmin.model.catalog.CatalogDocument
			.of(new org.bianmin.model.catalog.CatalogVersion(7, demo.items(), "县中心发布"))));
		page(1, 2, false, new FeedEntry.CatalogPublished(org.bianmin.model.catalog.CatalogDocument
			.of(new org.bianmin.model.catalog.CatalogVersion(8, demo.items(), "县中心发布"))));

		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);

		assertThat(this.catalog.currentVersion()).isEqualTo(8);
		assertThat(this.catalog.current().items()).hasSameSizeAs(demo.items());
	}

	private CommandResult.Done villageCase() {
		return (CommandResult.Done) new CaseFixtures.Desk().decide(null,
				CaseFixtures.fileByProxy(CaseFixtures.PENSION,
						CaseFixtures.all(CaseFixtures.PENSION, MaterialState.RECEIVED)),
				CaseFixtures.AGENT, CaseFixtures.AT_VILLAGE);
	}

	private void page(long cursor, long next, boolean more, FeedEntry... entries) {
		this.hub.pages
			.add(new PullPage(SyncProtocol.VERSION, cursor, next, more, null, List.of(entries), Instant.now()));
	}

	private List<String> states(Case of) {
		return this.dsl.select(OUTBOX.STATE).from(OUTBOX).where(OUTBOX.CASE_ID.eq(of.id().value())).fetch(OUTBOX.STATE);
	}

	private List<UUID> queueIds() {
		StaffPrincipal clerk = this.staff.loadUserByUsername("clerk");
		return this.queue.page(clerk, QueueFilter.NONE, QueueSort.FILED_AT, true, 0, 10_000)
			.stream()
			.map((QueueRow row) -> row.id().value())
			.toList();
	}

	private SyncHarness harness(HubConnection connection) {
		return new SyncHarness(this.hub, connection, this.node, this.json, this.states, this.outbox, this.exchange,
				this.attachmentRows, this.storage, this.catalog, this.applier, this.transactionManager, this.clock, 500,
				256 * 1024);
	}

}
