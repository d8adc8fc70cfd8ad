package org.bianmin.model.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HolidayYearTest {

	@Test
	void the_bundled_years_load_with_the_callers_json_parser() {
		JsonMapper json = JsonMapper.builder().build();

		List<HolidayYear> years = HolidayYear.loadBundled((in) -> json.readValue(in, HolidayYear.class));

		assertThat(years).extracting(HolidayYear::year).containsExactly(2025, 2026);
		assertThat(years.get(1).holidays()).contains(LocalDate.of(2026, 2, 17));
	}

	private static final String SOURCE = "test notice";

	@Test
	void accepts_holidays_on_weekdays_and_weekends() {
		HolidayYear year = new HolidayYear(2025, List.of(date("2025-05-01"), date("2025-05-03")),
				List.of(date("2025-04-27")), SOURCE);

		assertThat(year.holidays()).hasSize(2);
	}

	@Test
	void rejects_a_date_outside_its_year() {
		assertThat(problems(2025, List.of(date("2026-01-01")), List.of(), SOURCE))
			.containsExactly(new CalendarProblem(2025, date("2026-01-01"), CalendarProblem.Rule.DATE_OUTSIDE_YEAR));
	}

	@Test
	void rejects_a_day_that_is_both_holiday_and_make_up_day() {
		assertThat(problems(2025, List.of(date("2025-04-27")), List.of(date("2025-04-27")), SOURCE))
			.containsExactly(new CalendarProblem(2025, date("2025-04-27"), CalendarProblem.Rule.HOLIDAY_AND_MAKE_UP));
	}

	@Test
	void rejects_a_make_up_day_on_a_weekday() {
		assertThat(problems(2025, List.of(), List.of(date("2025-04-28")), SOURCE))
			.containsExactly(new CalendarProblem(2025, date("2025-04-28"), CalendarProblem.Rule.MAKE_UP_ON_WEEKDAY));
	}

	@Test
	void rejects_a_date_listed_twice() {
		assertThat(problems(2025, List.of(date("2025-05-01"), date("2025-05-01")), List.of(), SOURCE))
			.containsExactly(new CalendarProblem(2025, date("2025-05-01"), CalendarProblem.Rule.DUPLICATE_DATE));
	}

	@Test
	void rejects_a_year_without_source() {
		assertThat(problems(2025, List.of(), List.of(), " "))
			.containsExactly(new CalendarProblem(2025, null, CalendarProblem.Rule.SOURCE_MISSING));
	}

	@Test
	void reports_every_problem_at_once() {
		assertThat(problems(2025, List.of(date("2024-12-31")), List.of(date("2025-04-28")), ""))
			.extracting(CalendarProblem::rule)
			.containsExactlyInAnyOrder(CalendarProblem.Rule.SOURCE_MISSING, CalendarProblem.Rule.DATE_OUTSIDE_YEAR,
					CalendarProblem.Rule.MAKE_UP_ON_WEEKDAY);
	}

	@Test
	void lists_are_immutable() {
		HolidayYear year = new HolidayYear(2025, new java.util.ArrayList<>(List.of(date("2025-05-01"))), List.of(),
				SOURCE);

		assertThatThrownBy(() -> year.holidays().add(date("2025-05-02")))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void parses_from_json_ignoring_unknown_fields_and_reports_problems_through_the_mapper() {
		HolidayYear year = BundledHolidays.MAPPER.readValue("""
				{"year": 2025, "source": "s", "note": "ignored", "holidays": ["2025-01-01"]}
				""", HolidayYear.class);

		assertThat(year.holidays()).containsExactly(date("2025-01-01"));
		assertThat(year.makeUpWorkdays()).isEmpty();
		assertThatThrownBy(() -> BundledHolidays.MAPPER.readValue("""
				{"year": 2025, "source": "s", "holidays": [], "makeUpWorkdays": ["2025-01-02"]}
				""", HolidayYear.class)).rootCause().isInstanceOf(InvalidCalendarException.class);
	}

	private static List<CalendarProblem> problems(int year, List<LocalDate> holidays, List<LocalDate> makeUps,
			String source) {
		InvalidCalendarException ex = catchThrowableOfType(InvalidCalendarException.class,
				() -> new HolidayYear(year, holidays, makeUps, source));
		assertThat(ex).as("holiday data should be refused").isNotNull();
		return ex.problems();
	}

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

}
