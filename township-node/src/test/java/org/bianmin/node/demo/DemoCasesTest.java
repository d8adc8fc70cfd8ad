package org.bianmin.node.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.WorkingCalendar;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.RatingLevel;
import org.bianmin.model.node.NodeCode;
import org.bianmin.node.DemoTownshipTest;
import org.bianmin.node.casework.CaseCommandService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.node.jooq.Tables.CASES;
import static org.bianmin.node.jooq.Tables.CASE_EVENT;
import static org.bianmin.node.jooq.Tables.OUTBOX;

/**
 * The demo township QS after startup. Other test classes file cases into the same
 * database; the demo's are told apart by their applicants, the demo residents.
 */
@DemoTownshipTest
class DemoCasesTest {

	@Autowired
	private DemoCases demoCases;

	@Autowired
	private CaseCommandService commands;

	@Autowired
	private WorkingCalendar calendar;

	@Autowired
	private DSLContext dsl;

	@Test
	void seeds_six_cases_across_the_lifecycle_through_the_case_rules() {
		Map<String, String> byItem = this.dsl.select(CASES.ITEM_CODE, CASES.STATUS, CASES.OWNER_NODE)
			.from(CASES)
			.where(CASES.APPLICANT_NAME.in(demoNames()))
			.fetchMap(CASES.ITEM_CODE, (r) -> r.value2() + " " + r.value3());

		assertThat(byItem).containsExactlyInAnyOrderEntriesOf(Map.of("S-006", "ACCEPTED QS", "S-008", "DELIVERED QS",
				"S-002", "FORWARDED YL", "S-005", "SUBMITTED QS", "S-013", "NEEDS_CORRECTION QS", "S-009", "DRAFT QS"));
	}

	@Test
	void defers_the_proof_of_hardship_on_a_commitment_within_the_promised_limit() {
		Case relief = demoCase("S-006");
		LocalDate acceptedOn = ServiceTime.dayOf(relief.acceptance().at());

		assertThat(relief.outstandingDeferrals()).singleElement().satisfies((deferral) -> {
			assertThat(deferral.material()).isEqualTo("困难情况证明材料");
			assertThat(deferral.committedBy()).isEqualTo("陈志强");
			assertThat(deferral.dueDate()).isEqualTo(this.calendar.plusWorkingDays(acceptedOn, 5))
				.isBeforeOrEqualTo(this.calendar.plusWorkingDays(acceptedOn, relief.item().promisedLimitDays()));
		});
	}

	@Test
	void the_instant_item_is_delivered_and_rated_satisfied() {
		Case enrolment = demoCase("S-008");

		assertThat(enrolment.decision()).isNotNull();
		assertThat(enrolment.delivery()).isNotNull();
		assertThat(enrolment.rating().level()).isEqualTo(RatingLevel.SATISFIED);
		assertThat(enrolment.followUp()).isNull();
	}

	@Test
	void the_correction_notice_lists_every_missing_material_and_the_faulty_form() {
		Case machinery = demoCase("S-013");

		assertThat(machinery.correction()).extracting((issue) -> issue.material() + " " + issue.kind())
			.containsExactly("购机发票 MISSING", "补贴申请表 FAULTY");
	}

	@Test
	void the_proxy_case_carries_the_agent_and_the_residents_authorisation() {
		Case dibao = demoCase("S-005");

		assertThat(dibao.filing().proxyAgent().name()).isEqualTo("郑桂芳");
		assertThat(dibao.filing().authorisation()).isNotNull();
		assertThat(dibao.filing().applicant().eligibleForFullProxy()).isTrue();
	}

	@Test
	void issues_each_demo_case_a_query_code_of_this_node_on_its_filing_day() {
		List<Case> demo = this.dsl.select(CASES.ID)
			.from(CASES)
			.where(CASES.APPLICANT_NAME.in(demoNames()))
			.fetch((r) -> this.commands.find(CaseId.of(r.value1())));

		assertThat(demo).hasSize(6).allSatisfy((seeded) -> {
			assertThat(seeded.queryCode().node()).isEqualTo(NodeCode.of("QS"));
			assertThat(seeded.queryCode().date()).isEqualTo(ServiceTime.dayOf(seeded.filing().at()));
		});
		assertThat(demo).extracting((seeded) -> seeded.queryCode().sequence()).doesNotHaveDuplicates();
	}

	@Test
	void writes_an_outbox_row_for_every_demo_event() {
		List<UUID> events = this.dsl.select(CASE_EVENT.ID)
			.from(CASE_EVENT)
			.join(CASES)
			.on(CASES.ID.eq(CASE_EVENT.CASE_ID))
			.where(CASES.APPLICANT_NAME.in(demoNames()))
			.fetch(CASE_EVENT.ID);
		List<UUID> queued = this.dsl.select(OUTBOX.EVENT_ID)
			.from(OUTBOX)
			.where(OUTBOX.EVENT_ID.in(events))
			.fetch(OUTBOX.EVENT_ID);

		// 3 + 6 + 4 + 2 + 3 + 1: filing, then each command's events
		assertThat(events).hasSize(19);
		assertThat(queued).containsExactlyInAnyOrderElementsOf(events);
	}

	@Test
	void seeding_again_adds_nothing() {
		int casesBefore = this.dsl.fetchCount(CASES);
		int eventsBefore = this.dsl.fetchCount(CASE_EVENT);

		this.demoCases.run(new DefaultApplicationArguments());

		assertThat(this.dsl.fetchCount(CASES)).isEqualTo(casesBefore);
		assertThat(this.dsl.fetchCount(CASE_EVENT)).isEqualTo(eventsBefore);
	}

	private Case demoCase(String itemCode) {
		UUID id = this.dsl.select(CASES.ID)
			.from(CASES)
			.where(CASES.APPLICANT_NAME.in(demoNames()).and(CASES.ITEM_CODE.eq(itemCode)))
			.fetchSingle(CASES.ID);
		return this.commands.find(CaseId.of(id));
	}

	private static List<String> demoNames() {
		return Arrays.stream(DemoResident.values())
			.map((resident) -> resident.personName().value())
			.collect(Collectors.toList());
	}

}
