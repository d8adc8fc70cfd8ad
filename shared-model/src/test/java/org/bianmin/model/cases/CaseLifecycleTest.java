package org.bianmin.model.cases;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.staff.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bianmin.model.cases.CaseFixtures.AGENT;
import static org.bianmin.model.cases.CaseFixtures.AT_HUB;
import static org.bianmin.model.cases.CaseFixtures.AT_TOWNSHIP;
import static org.bianmin.model.cases.CaseFixtures.AT_VILLAGE;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.HOMESTEAD;
import static org.bianmin.model.cases.CaseFixtures.HUB;
import static org.bianmin.model.cases.CaseFixtures.MEDICAL_ENROLMENT;
import static org.bianmin.model.cases.CaseFixtures.PENSION;
import static org.bianmin.model.cases.CaseFixtures.RELIEF;
import static org.bianmin.model.cases.CaseFixtures.REVIEWER;
import static org.bianmin.model.cases.CaseFixtures.SUPERVISOR;
import static org.bianmin.model.cases.CaseFixtures.TOWNSHIP;
import static org.bianmin.model.cases.CaseFixtures.VILLAGE;
import static org.bianmin.model.cases.CaseFixtures.all;
import static org.bianmin.model.cases.CaseFixtures.fileAtWindow;
import static org.bianmin.model.cases.CaseFixtures.fileByProxy;
import static org.bianmin.model.cases.CaseFixtures.receivedExcept;

class CaseLifecycleTest {

	private final CaseFixtures.Desk desk = new CaseFixtures.Desk();

	@Test
	void village_agent_files_a_draft_and_submitting_hands_it_to_the_township() {
		Case draft = file(fileByProxy(PENSION, all(PENSION, MaterialState.RECEIVED)), AGENT, AT_VILLAGE);
		assertThat(draft.status()).isEqualTo(CaseStatus.DRAFT);
		assertThat(draft.owner()).isEqualTo(VILLAGE);
		assertThat(draft.filing().proxyAgent()).isEqualTo(AGENT.who());
		assertThat(draft.filing().authorisation()).isNotNull();
		assertThat(draft.item().catalogVersion()).isEqualTo(1);

		Case submitted = this.desk.done(draft, new CaseCommand.Submit(), AGENT, AT_VILLAGE);

		assertThat(submitted.status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(submitted.owner()).isEqualTo(TOWNSHIP);
		assertDenied(this.desk.decide(submitted,
				new CaseCommand.UpdateDraft(Channel.ON_BEHALF, all(PENSION, MaterialState.RECEIVED)), AGENT,
				AT_VILLAGE), "case.rule.notOwner");
	}

	@Test
	void agent_cannot_file_without_an_authorisation() {
		CaseCommand.File noConsent = new CaseCommand.File(CaseId.of(java.util.UUID.randomUUID()),
				CaseFixtures.queryCode(), PENSION, 1, CaseFixtures.applicant(), Channel.HOME_VISIT, null,
				all(PENSION, MaterialState.RECEIVED));

		assertDenied(CaseDecider.decide(null, noConsent, this.desk.context(AGENT, AT_VILLAGE)),
				"case.rule.authorisationRequired");
	}

	@Test
	void a_village_files_by_proxy_only_and_only_items_of_the_proxy_catalog() {
		assertDenied(CaseDecider.decide(null, fileAtWindow(PENSION, all(PENSION, MaterialState.RECEIVED)),
				this.desk.context(AGENT, AT_VILLAGE)), "case.rule.villageFilesByProxy");
		assertDenied(CaseDecider.decide(null, fileByProxy(HOMESTEAD, all(HOMESTEAD, MaterialState.RECEIVED)),
				this.desk.context(AGENT, AT_VILLAGE)), "case.rule.proxyNotAllowed");
		assertDenied(CaseDecider.decide(null, fileByProxy(PENSION, all(PENSION, MaterialState.RECEIVED)),
				this.desk.context(CLERK, AT_TOWNSHIP)), "case.rule.proxyChannelNeedsAgent");
	}

	@Test
	void a_draft_may_not_mark_a_key_material_as_deferred() {
		assertDenied(
				CaseDecider.decide(null, fileAtWindow(PENSION, receivedExcept(PENSION, MaterialState.DEFERRED, "户口簿")),
						this.desk.context(CLERK, AT_TOWNSHIP)),
				"case.rule.keyMaterialCannotBeDeferred");
	}

	@Test
	void correction_notice_must_list_every_missing_material_at_once() {
		Case submitted = submittedAtWindow(RELIEF,
				receivedExcept(RELIEF, MaterialState.MISSING, "临时救助申请书", "困难情况证明材料"));

		CommandResult onlyOne = this.desk.decide(submitted, new CaseCommand.RequestCorrection(
				List.of(new MaterialIssue("临时救助申请书", MaterialIssue.Kind.MISSING, null))), CLERK, AT_TOWNSHIP);
		assertDenied(onlyOne, "case.rule.correctionMustListEveryMissing");
		assertThat(((CommandResult.Denied) onlyOne).violation().args()).containsExactly("困难情况证明材料");

		Case needsCorrection = this.desk.done(submitted,
				new CaseCommand.RequestCorrection(
						List.of(new MaterialIssue("临时救助申请书", MaterialIssue.Kind.MISSING, null),
								new MaterialIssue("困难情况证明材料", MaterialIssue.Kind.MISSING, null),
								new MaterialIssue("居民身份证", MaterialIssue.Kind.FAULTY, "复印件不清晰"))),
				CLERK, AT_TOWNSHIP);
		assertThat(needsCorrection.status()).isEqualTo(CaseStatus.NEEDS_CORRECTION);
		assertThat(needsCorrection.correction()).hasSize(3);

		Case resubmitted = this.desk.done(needsCorrection,
				new CaseCommand.Resubmit(all(RELIEF, MaterialState.RECEIVED)), CLERK, AT_TOWNSHIP);
		assertThat(resubmitted.status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(resubmitted.correction()).isEmpty();
	}

	@Test
	void correction_is_refused_after_five_working_days_because_the_case_counts_as_accepted() {
		Case submitted = submittedAtWindow(RELIEF, receivedExcept(RELIEF, MaterialState.MISSING, "困难情况证明材料"));
		CaseCommand.RequestCorrection request = new CaseCommand.RequestCorrection(
				List.of(new MaterialIssue("困难情况证明材料", MaterialIssue.Kind.MISSING, null)));

		// submitted Monday; the next Monday is the 5th working day, Tuesday the 6th
		this.desk.later(Duration.ofDays(7));
		assertThat(this.desk.decide(submitted, request, CLERK, AT_TOWNSHIP)).isInstanceOf(CommandResult.Done.class);
		this.desk.later(Duration.ofDays(1));
		assertDenied(this.desk.decide(submitted, request, CLERK, AT_TOWNSHIP), "case.rule.correctionWindowPassed");
	}

	@Test
	void accepting_needs_every_material_received_or_deferred() {
		Case submitted = submittedAtWindow(RELIEF, receivedExcept(RELIEF, MaterialState.MISSING, "困难情况证明材料"));

		assertDenied(this.desk.decide(submitted, new CaseCommand.Accept(List.of()), CLERK, AT_TOWNSHIP),
				"case.rule.cannotAcceptWithMissing");
	}

	@Test
	void only_non_key_materials_may_be_deferred_and_never_past_the_promised_limit() {
		Case submitted = submittedAtWindow(RELIEF, receivedExcept(RELIEF, MaterialState.MISSING, "临时救助申请书"));
		assertDenied(this.desk.decide(submitted,
				new CaseCommand.Accept(List.of(new Deferral("临时救助申请书", LocalDate.of(2026, 3, 5), "王𠈌兰"))), CLERK,
				AT_TOWNSHIP), "case.rule.keyMaterialCannotBeDeferred");

		Case other = submittedAtWindow(RELIEF, receivedExcept(RELIEF, MaterialState.MISSING, "困难情况证明材料"));
		// promised limit 7 working days from Monday 2 March: Wednesday 11 March
		assertDenied(this.desk.decide(other,
				new CaseCommand.Accept(List.of(new Deferral("困难情况证明材料", LocalDate.of(2026, 3, 12), "王𠈌兰"))), CLERK,
				AT_TOWNSHIP), "case.rule.deferralDueAfterPromisedLimit");
		Case accepted = this.desk.done(other,
				new CaseCommand.Accept(List.of(new Deferral("困难情况证明材料", LocalDate.of(2026, 3, 11), "王𠈌兰"))), CLERK,
				AT_TOWNSHIP);
		assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(accepted.materials()).containsEntry("困难情况证明材料", MaterialState.DEFERRED);
		assertThat(accepted.outstandingDeferrals()).extracting(Deferral::material).containsExactly("困难情况证明材料");
	}

	@Test
	void result_is_held_while_a_deferred_material_is_missing_and_released_once_it_arrives() {
		Case accepted = acceptedWithDeferral();
		Case decided = this.desk.done(accepted, new CaseCommand.Decide(DecisionOutcome.APPROVED, List.of()), CLERK,
				AT_TOWNSHIP);
		assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);

		assertDenied(this.desk.decide(decided, new CaseCommand.Deliver(DeliveryMethod.AT_WINDOW), CLERK, AT_TOWNSHIP),
				"case.rule.resultHeldForDeferredMaterials");

		Case supplied = this.desk.done(decided, new CaseCommand.SupplyDeferred("困难情况证明材料"), CLERK, AT_TOWNSHIP);
		Case delivered = this.desk.done(supplied, new CaseCommand.Deliver(DeliveryMethod.AT_WINDOW), CLERK,
				AT_TOWNSHIP);
		assertThat(delivered.status()).isEqualTo(CaseStatus.DELIVERED);
		assertThat(delivered.materialsStillOwed()).isEmpty();
	}

	@Test
	void a_missed_deferral_deadline_ends_the_case() {
		Case accepted = acceptedWithDeferral();
		assertDenied(this.desk.decide(accepted, new CaseCommand.TerminateOverdue(), CLERK, AT_TOWNSHIP),
				"case.rule.terminateOnlyOverdueDeferrals");

		this.desk.at(java.time.Instant.parse("2026-03-12T02:00:00Z"));
		Case terminated = this.desk.done(accepted, new CaseCommand.TerminateOverdue(), CLERK, AT_TOWNSHIP);

		assertThat(terminated.status()).isEqualTo(CaseStatus.TERMINATED);
		assertThat(terminated.missedMaterials()).containsExactly("困难情况证明材料");
	}

	@Test
	void instant_items_go_straight_to_decided_and_cannot_defer() {
		Case submitted = submittedAtWindow(MEDICAL_ENROLMENT, all(MEDICAL_ENROLMENT, MaterialState.RECEIVED));

		CommandResult result = this.desk.decide(submitted, new CaseCommand.Accept(List.of()), CLERK, AT_TOWNSHIP);

		assertThat(result).isInstanceOf(CommandResult.Done.class);
		CommandResult.Done done = (CommandResult.Done) result;
		assertThat(done.events()).extracting(CaseEvent::type)
			.containsExactly(CaseEventType.ACCEPTED, CaseEventType.DECIDED);
		assertThat(done.after().status()).isEqualTo(CaseStatus.DECIDED);
		assertThat(done.after().decision().outcome()).isEqualTo(DecisionOutcome.APPROVED);
	}

	@Test
	void county_items_are_forwarded_decided_at_the_hub_and_released_back_to_the_township() {
		Case accepted = this.desk.done(submittedAtWindow(PENSION, all(PENSION, MaterialState.RECEIVED)),
				new CaseCommand.Accept(List.of()), CLERK, AT_TOWNSHIP);
		assertDenied(this.desk.decide(accepted, new CaseCommand.Decide(DecisionOutcome.APPROVED, List.of()), CLERK,
				AT_TOWNSHIP), "case.rule.wrongLevel");

		Case forwarded = this.desk.done(accepted, new CaseCommand.Forward(), CLERK, AT_TOWNSHIP);
		assertThat(forwarded.status()).isEqualTo(CaseStatus.FORWARDED);
		assertThat(forwarded.owner()).isEqualTo(HUB);

		Case received = this.desk.done(forwarded, new CaseCommand.Receive(), REVIEWER, AT_HUB);
		Case decided = this.desk.done(received, new CaseCommand.Decide(DecisionOutcome.REJECTED, List.of("不符合领取条件")),
				REVIEWER, AT_HUB);
		assertThat(decided.decision().node()).isEqualTo(HUB);
		assertThat(decided.decision().reasons()).containsExactly("不符合领取条件");
		assertDenied(this.desk.decide(decided, new CaseCommand.Deliver(DeliveryMethod.AT_WINDOW), REVIEWER, AT_HUB),
				"case.rule.roleMayNot");

		Case ready = this.desk.done(decided, new CaseCommand.ReleaseResult(), REVIEWER, AT_HUB);
		assertThat(ready.status()).isEqualTo(CaseStatus.RESULT_READY);
		assertThat(ready.owner()).isEqualTo(TOWNSHIP);

		Case delivered = this.desk.done(ready, new CaseCommand.Deliver(DeliveryMethod.AT_WINDOW), CLERK, AT_TOWNSHIP);
		assertThat(delivered.status()).isEqualTo(CaseStatus.DELIVERED);
	}

	@Test
	void the_owners_desk_staff_attach_scans_while_the_case_is_worked_on() {
		Case draft = file(fileByProxy(PENSION, all(PENSION, MaterialState.RECEIVED)), AGENT, AT_VILLAGE);
		String material = PENSION.materials().getFirst().name();

		Case scanned = this.desk.done(draft, scan(material), AGENT, AT_VILLAGE);

		assertThat(scanned.version()).isEqualTo(2);
		assertThat(scanned.status()).isEqualTo(CaseStatus.DRAFT);
		Case submitted = this.desk.done(scanned, new CaseCommand.Submit(), AGENT, AT_VILLAGE);
		assertDenied(this.desk.decide(submitted, scan(material), AGENT, AT_VILLAGE), "case.rule.notOwner");
		assertThat(this.desk.done(submitted, scan(material), CLERK, AT_TOWNSHIP).version()).isEqualTo(4);
		assertDenied(this.desk.decide(submitted, scan("不在清单中的材料"), CLERK, AT_TOWNSHIP), "case.rule.unknownMaterial");
		assertDenied(this.desk.decide(submitted, scan(material), SUPERVISOR, AT_TOWNSHIP), "case.rule.roleMayNot");
	}

	@Test
	void a_finished_case_takes_no_more_scans() {
		Case refused = this.desk.done(submittedAtWindow(RELIEF, all(RELIEF, MaterialState.RECEIVED)),
				new CaseCommand.Refuse(List.of("不属于本中心受理范围")), CLERK, AT_TOWNSHIP);

		assertDenied(this.desk.decide(refused, scan(RELIEF.materials().getFirst().name()), CLERK, AT_TOWNSHIP),
				"case.rule.illegalInStatus");
	}

	@Test
	void a_scan_is_named_by_its_sha256_and_is_an_image_or_a_pdf() {
		Case draft = file(fileByProxy(PENSION, all(PENSION, MaterialState.RECEIVED)), AGENT, AT_VILLAGE);
		String material = PENSION.materials().getFirst().name();

		assertDenied(this.desk.decide(draft, new CaseCommand.AttachScan(material, "ABC", "image/jpeg", 10, "a.jpg"),
				AGENT, AT_VILLAGE), "case.rule.invalidInput");
		assertDenied(this.desk.decide(draft,
				new CaseCommand.AttachScan(material, "a".repeat(64), "application/zip", 10, "a.zip"), AGENT,
				AT_VILLAGE), "case.rule.invalidInput");
		assertDenied(this.desk.decide(draft,
				new CaseCommand.AttachScan(material, "a".repeat(64), "application/pdf", 20L * 1024 * 1024 + 1, "a.pdf"),
				AGENT, AT_VILLAGE), "case.rule.invalidInput");
	}

	private static CaseCommand.AttachScan scan(String material) {
		return new CaseCommand.AttachScan(material, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
				"image/jpeg", 734003, "扫描件.jpg");
	}

	@Test
	void a_rejection_needs_reasons_and_a_refusal_too() {
		Case submitted = submittedAtWindow(RELIEF, all(RELIEF, MaterialState.RECEIVED));
		assertDenied(this.desk.decide(submitted, new CaseCommand.Refuse(List.of()), CLERK, AT_TOWNSHIP),
				"case.rule.reasonsRequired");
		Case refused = this.desk.done(submitted, new CaseCommand.Refuse(List.of("不属于本中心受理范围")), CLERK, AT_TOWNSHIP);
		assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);

		Case accepted = this.desk.done(submittedAtWindow(RELIEF, all(RELIEF, MaterialState.RECEIVED)),
				new CaseCommand.Accept(List.of()), CLERK, AT_TOWNSHIP);
		assertDenied(this.desk.decide(accepted, new CaseCommand.Decide(DecisionOutcome.REJECTED, List.of()), CLERK,
				AT_TOWNSHIP), "case.rule.reasonsRequired");
	}

	@Test
	void each_case_is_rated_once_and_a_bad_rating_opens_a_follow_up_that_a_supervisor_closes_at_the_hub() {
		Case delivered = deliveredTownshipCase();

		Case rated = this.desk.done(delivered, new CaseCommand.Rate(RatingLevel.DISSATISFIED, "等待时间太长"), CLERK,
				AT_TOWNSHIP);
		assertThat(rated.rating().level()).isEqualTo(RatingLevel.DISSATISFIED);
		assertThat(rated.followUp()).isNotNull();
		assertThat(rated.followUp().isOpen()).isTrue();
		// 15 working days from Monday 2 March 2026, weekends only
		assertThat(rated.followUp().dueDate()).isEqualTo(LocalDate.of(2026, 3, 23));
		assertThat(rated.owner()).isEqualTo(HUB);

		assertDenied(this.desk.decide(rated, new CaseCommand.Rate(RatingLevel.SATISFIED, null), CLERK, AT_HUB),
				"case.rule.alreadyRated");
		assertDenied(this.desk.decide(rated, new CaseCommand.CloseFollowUp("已回访"), REVIEWER, AT_HUB),
				"case.rule.roleMayNot");

		Case closed = this.desk.done(rated, new CaseCommand.CloseFollowUp("已电话回访，优化排队叫号"), SUPERVISOR, AT_HUB);
		assertThat(closed.followUp().isOpen()).isFalse();
		assertThat(closed.followUp().closedBy()).isEqualTo(SUPERVISOR.who());
	}

	@Test
	void a_good_rating_opens_nothing_and_stays_at_the_township() {
		Case rated = this.desk.done(deliveredTownshipCase(), new CaseCommand.Rate(RatingLevel.VERY_SATISFIED, null),
				CLERK, AT_TOWNSHIP);

		assertThat(rated.followUp()).isNull();
		assertThat(rated.owner()).isEqualTo(TOWNSHIP);
	}

	@Test
	void a_supervisor_at_the_hub_accepts_a_refused_township_scan_as_a_new_event_of_the_hub() {
		Case forwarded = forwardedCountyCase();
		// the township scanned a material after forwarding, before it had synced: refused
		// NOT_OWNER at the hub
		CaseEvent late = refusedAtHub(forwarded, new CaseChange.MaterialScanned(PENSION.materials().getFirst().name(),
				"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "image/jpeg", 734003, "扫描件.jpg"));

		CommandResult result = this.desk.decide(forwarded, new CaseCommand.AcceptRefusedEvent(late, "扫描件内容无误，予以采用"),
				SUPERVISOR, AT_HUB);

		CommandResult.Done done = (CommandResult.Done) result;
		CaseEvent recorded = done.events().getFirst();
		assertThat(recorded.type()).isEqualTo(CaseEventType.SYNC_RESOLVED);
		assertThat(recorded.node()).isEqualTo(HUB);
		assertThat(recorded.actor()).isEqualTo(SUPERVISOR);
		assertThat(recorded.id()).isNotEqualTo(late.id());
		CaseChange.SyncResolved resolved = (CaseChange.SyncResolved) recorded.change();
		assertThat(resolved.refusedEvent()).isEqualTo(late.id());
		assertThat(resolved.sentBy()).isEqualTo(TOWNSHIP);
		assertThat(resolved.originalActor()).isEqualTo(CLERK);
		assertThat(resolved.accepted()).isEqualTo(late.change());
		assertThat(done.after().version()).isEqualTo(forwarded.version() + 1);
		assertThat(done.after().owner()).isEqualTo(HUB);
		assertThat(done.after().status()).isEqualTo(CaseStatus.FORWARDED);
	}

	@Test
	void a_refused_event_is_accepted_only_by_county_supervision_on_a_case_the_hub_owns_and_only_if_the_rules_allow_it_now() {
		Case forwarded = forwardedCountyCase();
		CaseEvent scan = refusedAtHub(forwarded, new CaseChange.MaterialScanned(PENSION.materials().getFirst().name(),
				"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "image/jpeg", 734003, "扫描件.jpg"));
		CaseCommand accept = new CaseCommand.AcceptRefusedEvent(scan, "核对无误");

		assertDenied(this.desk.decide(forwarded, accept, REVIEWER, AT_HUB), "case.rule.roleMayNot");
		assertDenied(this.desk.decide(forwarded, accept, SUPERVISOR, AT_TOWNSHIP), "case.rule.notOwner");
		// an acceptance the case can no longer take: the rule of the carried change says
		// why
		CaseEvent lateAcceptance = refusedAtHub(forwarded, new CaseChange.Accepted(List.of()));
		assertDenied(this.desk.decide(forwarded, new CaseCommand.AcceptRefusedEvent(lateAcceptance, "核对无误"), SUPERVISOR,
				AT_HUB), "case.rule.illegalInStatus");
		assertDenied(this.desk.decide(forwarded, new CaseCommand.AcceptRefusedEvent(scan, " "), SUPERVISOR, AT_HUB),
				"case.rule.invalidInput");
		// once the result went back to the township, the hub no longer owns the case
		Case received = this.desk.done(forwarded, new CaseCommand.Receive(), REVIEWER, AT_HUB);
		Case decided = this.desk.done(received, new CaseCommand.Decide(DecisionOutcome.APPROVED, List.of()), REVIEWER,
				AT_HUB);
		Case released = this.desk.done(decided, new CaseCommand.ReleaseResult(), REVIEWER, AT_HUB);
		assertDenied(this.desk.decide(released, accept, SUPERVISOR, AT_HUB), "case.rule.notOwner");
	}

	@Test
	void the_fold_refuses_a_sync_resolution_carrying_a_filing_or_made_by_a_clerk() {
		Case forwarded = forwardedCountyCase();
		Actor admin = Actor.of(new StaffRef("admin", "郑国栋"), Role.ADMIN);
		CaseChange.SyncResolved carryingFiling = new CaseChange.SyncResolved(EventId.of(java.util.UUID.randomUUID()),
				TOWNSHIP, CLERK, "误报",
				new CaseChange.Filed(CaseFixtures.queryCode(), ItemTerms.of(PENSION, 1), CaseFixtures.applicant(),
						Channel.WINDOW, NodeLevel.TOWNSHIP, null, null, all(PENSION, MaterialState.RECEIVED)));

		assertThatThrownBy(() -> forwarded.apply(atHub(forwarded, admin, carryingFiling)))
			.isInstanceOf(CaseEventRejectedException.class)
			.hasMessageContaining("case.rule.syncResolvedCannotCarry");
		CaseChange.SyncResolved scan = new CaseChange.SyncResolved(EventId.of(java.util.UUID.randomUUID()), TOWNSHIP,
				CLERK, "核对无误", new CaseChange.ReviewStarted());
		assertThatThrownBy(() -> forwarded.apply(atHub(forwarded, CLERK, scan)))
			.isInstanceOf(CaseEventRejectedException.class)
			.hasMessageContaining("case.rule.roleMayNot");
	}

	private Case forwardedCountyCase() {
		Case accepted = this.desk.done(submittedAtWindow(PENSION, all(PENSION, MaterialState.RECEIVED)),
				new CaseCommand.Accept(List.of()), CLERK, AT_TOWNSHIP);
		return this.desk.done(accepted, new CaseCommand.Forward(), CLERK, AT_TOWNSHIP);
	}

	private static CaseEvent refusedAtHub(Case current, CaseChange change) {
		return new CaseEvent(EventId.of(java.util.UUID.randomUUID()), current.id(), current.version() + 1, TOWNSHIP,
				CLERK, CaseFixtures.MONDAY_MORNING, CaseEvent.SCHEMA_VERSION, change);
	}

	private static CaseEvent atHub(Case current, Actor actor, CaseChange change) {
		return new CaseEvent(EventId.of(java.util.UUID.randomUUID()), current.id(), current.version() + 1, HUB, actor,
				CaseFixtures.MONDAY_MORNING, CaseEvent.SCHEMA_VERSION, change);
	}

	@Test
	void a_backup_clerk_acts_on_the_post_and_both_names_stay_on_the_event() {
		Actor backup = new Actor(new StaffRef("clerk.b", "吴海涛"), Role.WINDOW_CLERK, CLERK.who());
		Case submitted = submittedAtWindow(RELIEF, all(RELIEF, MaterialState.RECEIVED));

		CommandResult result = this.desk.decide(submitted, new CaseCommand.Accept(List.of()), backup, AT_TOWNSHIP);

		CaseEvent accepted = ((CommandResult.Done) result).events().getFirst();
		assertThat(accepted.actor().who().name()).isEqualTo("吴海涛");
		assertThat(accepted.actor().standingInFor().name()).isEqualTo("周晓燕");
	}

	@Test
	void the_clock_starts_at_acceptance_and_stops_while_a_deferred_material_is_owed() {
		org.bianmin.model.calendar.TimeLimitClock clock = new org.bianmin.model.calendar.TimeLimitClock(
				CaseFixtures.WEEKENDS_ONLY, 2);
		Case submitted = submittedAtWindow(RELIEF, all(RELIEF, MaterialState.RECEIVED));
		assertThat(submitted.timeLimits(clock, LocalDate.of(2026, 3, 2))).isEmpty();

		Case accepted = this.desk.done(submitted, new CaseCommand.Accept(List.of()), CLERK, AT_TOWNSHIP);
		Case.TimeLimits limits = accepted.timeLimits(clock, LocalDate.of(2026, 3, 3)).orElseThrow();
		assertThat(limits.promised().dueDate()).isEqualTo(LocalDate.of(2026, 3, 11));
		assertThat(limits.legal().dueDate()).isEqualTo(LocalDate.of(2026, 3, 23));

		Case paused = acceptedWithDeferral();
		Case.TimeLimits waiting = paused.timeLimits(clock, LocalDate.of(2026, 3, 20)).orElseThrow();
		assertThat(waiting.promised().paused()).isTrue();
		assertThat(waiting.promised().status()).isNotEqualTo(org.bianmin.model.calendar.TimeLimitStatus.RED);
	}

	private Case acceptedWithDeferral() {
		Case submitted = submittedAtWindow(RELIEF, receivedExcept(RELIEF, MaterialState.MISSING, "困难情况证明材料"));
		return this.desk.done(submitted,
				new CaseCommand.Accept(List.of(new Deferral("困难情况证明材料", LocalDate.of(2026, 3, 11), "王𠈌兰"))), CLERK,
				AT_TOWNSHIP);
	}

	private Case deliveredTownshipCase() {
		Case accepted = this.desk.done(submittedAtWindow(RELIEF, all(RELIEF, MaterialState.RECEIVED)),
				new CaseCommand.Accept(List.of()), CLERK, AT_TOWNSHIP);
		Case decided = this.desk.done(accepted, new CaseCommand.Decide(DecisionOutcome.APPROVED, List.of()), CLERK,
				AT_TOWNSHIP);
		return this.desk.done(decided, new CaseCommand.Deliver(DeliveryMethod.AT_WINDOW), CLERK, AT_TOWNSHIP);
	}

	private Case submittedAtWindow(org.bianmin.model.catalog.ServiceItem item,
			java.util.Map<String, MaterialState> materials) {
		Case draft = file(fileAtWindow(item, materials), CLERK, AT_TOWNSHIP);
		return this.desk.done(draft, new CaseCommand.Submit(), CLERK, AT_TOWNSHIP);
	}

	private Case file(CaseCommand.File command, Actor actor, NetworkPlace place) {
		CommandResult result = CaseDecider.decide(null, command, this.desk.context(actor, place));
		assertThat(result).isInstanceOf(CommandResult.Done.class);
		return ((CommandResult.Done) result).after();
	}

	private static void assertDenied(CommandResult result, String key) {
		assertThat(result).isInstanceOf(CommandResult.Denied.class);
		assertThat(((CommandResult.Denied) result).violation().key()).isEqualTo(key);
	}

}
