package org.bianmin.hub.calendar;

import java.time.LocalDate;
import java.util.List;

import org.bianmin.hub.IntegrationTest;
import org.bianmin.model.calendar.HolidayYear;
import org.bianmin.model.cases.StaffRef;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HolidayCalendarServiceTest {

	private static final StaffRef ADMIN = new StaffRef("admin", "赵建国");

	@Autowired
	private HolidayCalendarService holidays;

	@Test
	void a_published_year_is_in_effect_and_offered_to_the_nodes() {
		HolidayYear year2027 = new HolidayYear(2027, List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 8)),
				List.of(LocalDate.of(2027, 2, 6)), "国务院办公厅关于2027年部分节假日安排的通知（示例）");

		assertThat(this.holidays.publish(year2027, ADMIN)).isEqualTo(1);

		assertThat(this.holidays.publishedCalendarYears()).contains(year2027);
		assertThat(this.holidays.calendar().covers(2027)).isTrue();
		assertThat(this.holidays.calendar().isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
		assertThat(this.holidays.calendar().isWorkingDay(LocalDate.of(2027, 2, 6))).isTrue();
		assertThat(this.holidays.effectiveYears()).extracting((effective) -> effective.year().year())
			.contains(2025, 2026, 2027);
	}

	@Test
	void publishing_a_year_again_replaces_it_and_replaces_a_bundled_year() {
		HolidayYear amended = new HolidayYear(2026, List.of(LocalDate.of(2026, 1, 1)), List.of(), "修订（示例）");

		int revision = this.holidays.publish(amended, ADMIN);
		HolidayYear again = new HolidayYear(2026, List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)),
				List.of(), "再次修订（示例）");
		assertThat(this.holidays.publish(again, ADMIN)).isEqualTo(revision + 1);

		assertThat(this.holidays.effectiveYears()).filteredOn((effective) -> effective.year().year() == 2026)
			.singleElement()
			.satisfies((effective) -> {
				assertThat(effective.origin()).isEqualTo(EffectiveYear.Origin.PUBLISHED);
				assertThat(effective.year()).isEqualTo(again);
			});
	}

}
