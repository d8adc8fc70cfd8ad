package org.bianmin.node.casework.persistence;

import java.time.LocalDate;
import java.util.List;

import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.QueueFilter;
import org.bianmin.node.casework.QueueRow;
import org.bianmin.node.casework.QueueSort;
import org.bianmin.node.casework.WindowDesk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.MEDICAL_ENROLMENT;
import static org.bianmin.model.cases.CaseFixtures.PENSION;
import static org.bianmin.model.cases.CaseFixtures.RELIEF;

/**
 * The queue's SQL on the node's real H2 database: filters, colour from the stored dates,
 * sort and paging. Each test works in a village of its own.
 */
@TownshipNodeTest
class CaseQueueQueryTest {

	@Autowired
	private CaseQueueQuery queue;

	@Autowired
	private CaseCommandService service;

	private WindowDesk desk() {
		return new WindowDesk(this.service, CLERK);
	}

	private List<QueueRow> all(String village, LocalDate today) {
		return this.queue.page(inVillage(village), null, QueueSort.APPLICANT, false, 0, 50, today);
	}

	private static QueueFilter inVillage(String village) {
		return new QueueFilter(null, null, village, null, false, null);
	}

	@Test
	void shows_masked_ids_display_codes_and_no_colour_before_acceptance() {
		String village = WindowDesk.village();
		Case waiting = desk().submitted(RELIEF, "李春梅", village);

		QueueRow row = all(village, WindowDesk.today()).getFirst();

		assertThat(row.id()).isEqualTo(waiting.id());
		assertThat(row.queryCode()).isEqualTo(waiting.queryCode().display());
		assertThat(row.maskedResidentId()).isEqualTo(waiting.filing().applicant().residentId().masked())
			.doesNotContain("194411030");
		assertThat(row.status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(row.colour()).isNull();
		assertThat(row.promisedDue()).isNull();
		assertThat(row.ageDays()).isZero();
	}

	@Test
	void colours_a_running_case_green_then_yellow_then_red_as_the_days_pass() {
		String village = WindowDesk.village();
		Case accepted = desk().accepted(RELIEF, "张建国", village);
		LocalDate due = all(village, WindowDesk.today()).getFirst().promisedDue();
		assertThat(due).isAfter(WindowDesk.today());

		assertThat(all(village, WindowDesk.today()).getFirst().colour()).isEqualTo(TimeLimitStatus.GREEN);
		assertThat(all(village, due).getFirst().colour()).isEqualTo(TimeLimitStatus.YELLOW);
		assertThat(all(village, due.plusDays(1)).getFirst().colour()).isEqualTo(TimeLimitStatus.RED);
		assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
	}

	@Test
	void filters_by_colour_and_only_yellow_and_red_in_sql() {
		String village = WindowDesk.village();
		desk().accepted(RELIEF, "甲", village);
		desk().submitted(RELIEF, "乙", village);
		desk().acceptedWithDeferral(PENSION, "社会保障卡", "丙", village);
		LocalDate due = all(village, WindowDesk.today()).stream()
			.filter((row) -> row.applicantName().equals("甲"))
			.findFirst()
			.orElseThrow()
			.promisedDue();

		QueueFilter red = new QueueFilter(null, null, village, TimeLimitStatus.RED, false, null);
		QueueFilter warned = new QueueFilter(null, null, village, null, true, null);
		assertThat(this.queue.page(red, null, QueueSort.APPLICANT, false, 0, 50, due.plusDays(1)))
			.extracting(QueueRow::applicantName)
			.containsExactly("甲");
		assertThat(this.queue.count(warned, null, WindowDesk.today())).isZero();
		assertThat(this.queue.count(warned, null, due)).isEqualTo(1);
		assertThat(all(village, WindowDesk.today())).filteredOn(QueueRow::paused)
			.extracting(QueueRow::applicantName)
			.containsExactly("丙");
	}

	@Test
	void supplying_the_deferred_material_writes_the_due_dates_again() {
		String village = WindowDesk.village();
		Case waiting = desk().acceptedWithDeferral(PENSION, "社会保障卡", "丙", village);
		assertThat(all(village, WindowDesk.today()).getFirst().promisedDue()).isNull();

		this.service.handle(waiting.id(), new CaseCommand.SupplyDeferred("社会保障卡"), CLERK);

		QueueRow row = all(village, WindowDesk.today()).getFirst();
		assertThat(row.paused()).isFalse();
		assertThat(row.promisedDue()).isAfter(WindowDesk.today());
		assertThat(row.colour()).isEqualTo(TimeLimitStatus.GREEN);
	}

	@Test
	void a_decided_instant_case_stays_green_whatever_day_it_is() {
		String village = WindowDesk.village();
		desk().accepted(MEDICAL_ENROLMENT, "丁", village);

		QueueRow row = all(village, WindowDesk.today().plusYears(1)).getFirst();

		assertThat(row.status()).isEqualTo(CaseStatus.DECIDED);
		assertThat(row.colour()).isEqualTo(TimeLimitStatus.GREEN);
	}

	@Test
	void filters_by_status_item_and_age() {
		String village = WindowDesk.village();
		desk().accepted(RELIEF, "甲", village);
		desk().submitted(PENSION, "乙", village);

		assertThat(this.queue.page(new QueueFilter(CaseStatus.SUBMITTED, null, village, null, false, null), null,
				QueueSort.APPLICANT, false, 0, 50, WindowDesk.today()))
			.extracting(QueueRow::applicantName)
			.containsExactly("乙");
		assertThat(this.queue.page(new QueueFilter(null, RELIEF.code().value(), village, null, false, null), null,
				QueueSort.APPLICANT, false, 0, 50, WindowDesk.today()))
			.extracting(QueueRow::applicantName)
			.containsExactly("甲");
		QueueFilter olderThanThree = new QueueFilter(null, null, village, null, false, 3);
		assertThat(this.queue.count(olderThanThree, null, WindowDesk.today())).isZero();
		assertThat(this.queue.count(olderThanThree, null, WindowDesk.today().plusDays(3))).isEqualTo(2);
	}

	@Test
	void sorts_and_pages() {
		String village = WindowDesk.village();
		desk().submitted(RELIEF, "陈一", village);
		desk().submitted(RELIEF, "陈三", village);
		desk().submitted(RELIEF, "陈二", village);
		QueueFilter filter = inVillage(village);

		List<String> firstPage = this.queue.page(filter, null, QueueSort.APPLICANT, true, 0, 2, WindowDesk.today())
			.stream()
			.map(QueueRow::applicantName)
			.toList();
		List<String> secondPage = this.queue.page(filter, null, QueueSort.APPLICANT, true, 2, 2, WindowDesk.today())
			.stream()
			.map(QueueRow::applicantName)
			.toList();

		List<String> ascending = this.queue.page(filter, null, QueueSort.APPLICANT, false, 0, 3, WindowDesk.today())
			.stream()
			.map(QueueRow::applicantName)
			.toList();
		assertThat(firstPage).hasSize(2);
		assertThat(secondPage).hasSize(1);
		assertThat(ascending.reversed()).containsExactlyElementsOf(concat(firstPage, secondPage));
		assertThat(this.queue.count(filter, null, WindowDesk.today())).isEqualTo(3);
	}

	@Test
	void limits_an_agent_to_the_cases_they_filed() {
		String village = WindowDesk.village();
		desk().submitted(RELIEF, "甲", village);

		assertThat(this.queue.count(inVillage(village), "someone-else", WindowDesk.today())).isZero();
		assertThat(this.queue.count(inVillage(village), CLERK.who().userId(), WindowDesk.today())).isEqualTo(1);
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
