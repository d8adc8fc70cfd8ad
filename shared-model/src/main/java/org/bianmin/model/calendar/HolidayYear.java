package org.bianmin.model.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One year of the State Council's holiday arrangement (国务院办公厅关于部分节假日安排的通知), as a JSON
 * document: which days are statutory holidays or bridged rest days (放假调休), and which
 * weekend days are make-up working days (调休上班).
 * <p>
 * The bundled years are the classpath resources listed in {@link #BUNDLED_RESOURCES}; an
 * app reads them (or its own, newer files) with its own JSON mapper and hands the records
 * to {@link WorkingCalendar#of(List)}. Creating a record checks it and reports every
 * problem at once in an {@link InvalidCalendarException}.
 *
 * @param year the calendar year
 * @param holidays every rest day of the arrangement, weekend days included (listing a
 * weekend day is harmless)
 * @param makeUpWorkdays the weekend days that are working days
 * @param source where the data comes from: the notice's title, number and date
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({ "year", "source", "holidays", "makeUpWorkdays" })
public record HolidayYear(int year, List<LocalDate> holidays, List<LocalDate> makeUpWorkdays, String source) {

	/** The holiday years shipped with shared-model, as classpath resource names. */
	public static final List<String> BUNDLED_RESOURCES = List.of("/org/bianmin/model/calendar/holidays-2025.json",
			"/org/bianmin/model/calendar/holidays-2026.json");

	/**
	 * Reads the bundled years with the caller's JSON parser, so shared-model needs no
	 * JSON library of its own.
	 * @param parse reads one JSON document into a {@code HolidayYear}
	 * @return the bundled years, oldest first
	 */
	public static List<HolidayYear> loadBundled(Function<InputStream, HolidayYear> parse) {
		List<HolidayYear> years = new ArrayList<>();
		for (String resource : BUNDLED_RESOURCES) {
			try (InputStream in = HolidayYear.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("holiday data missing from the classpath: " + resource);
				}
				years.add(parse.apply(in));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return List.copyOf(years);
	}

	public HolidayYear {
		// a JSON document may lack a list; treat it as empty and let the checks below
		// speak
		holidays = List.copyOf(Objects.requireNonNullElse(holidays, List.of()));
		makeUpWorkdays = List.copyOf(Objects.requireNonNullElse(makeUpWorkdays, List.of()));
		List<CalendarProblem> problems = problems(year, holidays, makeUpWorkdays, source);
		if (!problems.isEmpty()) {
			throw new InvalidCalendarException(problems);
		}
	}

	private static List<CalendarProblem> problems(int year, List<LocalDate> holidays, List<LocalDate> makeUpWorkdays,
			String source) {
		List<CalendarProblem> problems = new ArrayList<>();
		if (source == null || source.isBlank()) {
			problems.add(new CalendarProblem(year, null, CalendarProblem.Rule.SOURCE_MISSING));
		}
		Set<LocalDate> holidaySet = checkDates(year, holidays, problems);
		checkDates(year, makeUpWorkdays, problems);
		for (LocalDate day : makeUpWorkdays) {
			if (holidaySet.contains(day)) {
				problems.add(new CalendarProblem(year, day, CalendarProblem.Rule.HOLIDAY_AND_MAKE_UP));
			}
			if (!isWeekend(day)) {
				problems.add(new CalendarProblem(year, day, CalendarProblem.Rule.MAKE_UP_ON_WEEKDAY));
			}
		}
		return problems;
	}

	private static Set<LocalDate> checkDates(int year, List<LocalDate> days, List<CalendarProblem> problems) {
		Set<LocalDate> seen = new HashSet<>();
		for (LocalDate day : days) {
			if (day.getYear() != year) {
				problems.add(new CalendarProblem(year, day, CalendarProblem.Rule.DATE_OUTSIDE_YEAR));
			}
			if (!seen.add(day)) {
				problems.add(new CalendarProblem(year, day, CalendarProblem.Rule.DUPLICATE_DATE));
			}
		}
		return seen;
	}

	static boolean isWeekend(LocalDate day) {
		DayOfWeek dayOfWeek = day.getDayOfWeek();
		return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
	}

}
