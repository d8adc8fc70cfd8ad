package org.bianmin.model.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingCalendarTest {

	private final WorkingCalendar calendar = BundledHolidays.calendar();

	@Test
	void bundled_files_hold_the_state_council_arrangements_for_2025_and_2026() {
		List<HolidayYear> years = BundledHolidays.years();

		assertThat(years).extracting(HolidayYear::year).containsExactly(2025, 2026);
		// 2025: 元旦 1 + 春节 8 + 清明 3 + 劳动节 5 + 端午 3 + 国庆中秋 8
		assertThat(years.get(0).holidays()).hasSize(28);
		assertThat(years.get(0).makeUpWorkdays()).containsExactly(date("2025-01-26"), date("2025-02-08"),
				date("2025-04-27"), date("2025-09-28"), date("2025-10-11"));
		assertThat(years.get(0).source()).contains("国办发明电〔2024〕12号");
		// 2026: 元旦 3 + 春节 9 + 清明 3 + 劳动节 5 + 端午 3 + 中秋 3 + 国庆 7
		assertThat(years.get(1).holidays()).hasSize(33);
		assertThat(years.get(1).makeUpWorkdays()).containsExactly(date("2026-01-04"), date("2026-02-14"),
				date("2026-02-28"), date("2026-05-09"), date("2026-09-20"), date("2026-10-10"));
		assertThat(years.get(1).source()).contains("2026年部分节假日安排");
	}

	@Test
	void weekdays_are_working_days_and_weekends_are_not() {
		assertThat(this.calendar.isWorkingDay(date("2025-03-12"))).isTrue(); // Wednesday
		assertThat(this.calendar.isWorkingDay(date("2025-03-15"))).isFalse(); // Saturday
		assertThat(this.calendar.isWorkingDay(date("2025-03-16"))).isFalse(); // Sunday
	}

	@Test
	void statutory_holidays_on_weekdays_are_rest_days() {
		assertThat(this.calendar.isWorkingDay(date("2025-01-01"))).isFalse(); // 元旦,
																				// Wednesday
		assertThat(this.calendar.isWorkingDay(date("2025-10-08"))).isFalse(); // 国庆+中秋,
																				// Wednesday
		assertThat(this.calendar.isWorkingDay(date("2026-02-23"))).isFalse(); // 春节,
																				// Monday
		assertThat(this.calendar.isWorkingDay(date("2026-09-25"))).isFalse(); // 中秋,
																				// Friday
	}

	@Test
	void make_up_weekend_days_are_working_days() {
		assertThat(this.calendar.isWorkingDay(date("2025-09-28"))).isTrue(); // Sunday
		assertThat(this.calendar.isWorkingDay(date("2025-10-11"))).isTrue(); // Saturday
		assertThat(this.calendar.isWorkingDay(date("2026-02-14"))).isTrue(); // Saturday
		assertThat(this.calendar.isWorkingDay(date("2026-01-04"))).isTrue(); // Sunday
	}

	@Test
	void plus_zero_working_days_is_the_start_day_even_on_a_holiday() {
		assertThat(this.calendar.plusWorkingDays(date("2025-10-01"), 0)).isEqualTo(date("2025-10-01"));
	}

	@Test
	void plus_working_days_skips_the_holiday_and_counts_the_make_up_day() {
		// Thu 25 Sep 2025: Fri 26, Sun 28 (调休上班), Mon 29, Tue 30, then Oct 1–8 off, Thu 9
		assertThat(this.calendar.plusWorkingDays(date("2025-09-25"), 1)).isEqualTo(date("2025-09-26"));
		assertThat(this.calendar.plusWorkingDays(date("2025-09-25"), 2)).isEqualTo(date("2025-09-28"));
		assertThat(this.calendar.plusWorkingDays(date("2025-09-25"), 5)).isEqualTo(date("2025-10-09"));
	}

	@Test
	void plus_working_days_rejects_a_negative_count() {
		assertThatThrownBy(() -> this.calendar.plusWorkingDays(date("2025-09-25"), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void working_days_between_excludes_the_first_day_and_includes_the_last() {
		assertThat(this.calendar.workingDaysBetween(date("2025-09-25"), date("2025-10-09"))).isEqualTo(5);
		assertThat(this.calendar.workingDaysBetween(date("2025-09-25"), date("2025-09-25"))).isZero();
		assertThat(this.calendar.workingDaysBetween(date("2025-09-30"), date("2025-10-08"))).isZero();
	}

	@Test
	void working_days_between_is_negative_when_reversed() {
		assertThat(this.calendar.workingDaysBetween(date("2025-10-09"), date("2025-09-25"))).isEqualTo(-5);
	}

	@Test
	void a_year_without_data_counts_weekdays_and_says_it_is_provisional() {
		assertThat(this.calendar.covers(2026)).isTrue();
		assertThat(this.calendar.covers(2027)).isFalse();
		assertThat(this.calendar.isProvisional(date("2026-12-31"))).isFalse();
		assertThat(this.calendar.isProvisional(date("2027-01-01"))).isTrue();
		// 2027-01-01 is a Friday and surely 元旦, but nothing is loaded: counted as a
		// working day
		assertThat(this.calendar.isWorkingDay(date("2027-01-01"))).isTrue();
		assertThat(this.calendar.isWorkingDay(date("2027-01-02"))).isFalse();
		assertThat(this.calendar.plusWorkingDays(date("2026-12-30"), 3)).isEqualTo(date("2027-01-04"));
	}

	@Test
	void a_calendar_without_any_data_is_provisional_everywhere() {
		WorkingCalendar bare = WorkingCalendar.withoutHolidayData();

		assertThat(bare.isProvisional(date("2025-10-01"))).isTrue();
		assertThat(bare.isWorkingDay(date("2025-10-01"))).isTrue();
		assertThat(bare.years()).isEmpty();
	}

	@Test
	void the_loaded_years_are_kept_with_their_source() {
		assertThat(this.calendar.year(2025)).get().extracting(HolidayYear::source).asString().contains("2025");
		assertThat(this.calendar.year(2024)).isEmpty();
	}

	@Test
	void rejects_the_same_year_twice() {
		HolidayYear year = BundledHolidays.years().get(0);

		assertThatThrownBy(() -> WorkingCalendar.of(List.of(year, year))).isInstanceOf(InvalidCalendarException.class)
			.extracting((ex) -> ((InvalidCalendarException) ex).problems())
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactly(new CalendarProblem(2025, null, CalendarProblem.Rule.DUPLICATE_YEAR));
	}

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

}
