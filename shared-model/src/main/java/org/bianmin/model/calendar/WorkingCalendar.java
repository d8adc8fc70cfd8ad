package org.bianmin.model.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which days are working days (工作日) at the service centres.
 * <p>
 * Saturdays and Sundays are rest days unless the year's arrangement makes them make-up
 * working days (调休上班); the statutory holidays and bridged days of the arrangement are
 * rest days.
 * <p>
 * <b>Years without data.</b> The State Council publishes each year's arrangement only in
 * the November before, so a limit can reach into a year nobody has loaded yet. For such a
 * year the calendar neither throws nor silently pretends: it counts Monday to Friday as
 * working days and {@link #isProvisional(LocalDate)} says so, so that screens can warn
 * that the date may still move. {@link #covers(int)} tells which years are backed by
 * data.
 * <p>
 * Instances are immutable and thread-safe.
 */
public final class WorkingCalendar {

	private final Map<Integer, HolidayYear> years;

	private final Set<LocalDate> holidays;

	private final Set<LocalDate> makeUpWorkdays;

	private WorkingCalendar(Map<Integer, HolidayYear> years) {
		this.years = Collections.unmodifiableMap(years);
		Set<LocalDate> rest = new HashSet<>();
		Set<LocalDate> work = new HashSet<>();
		for (HolidayYear year : years.values()) {
			rest.addAll(year.holidays());
			work.addAll(year.makeUpWorkdays());
		}
		this.holidays = Set.copyOf(rest);
		this.makeUpWorkdays = Set.copyOf(work);
	}

	/**
	 * A calendar built from the holiday arrangements of some years.
	 * @param years the arrangements, at most one per year (each already checked when it
	 * was created)
	 * @return the calendar
	 * @throws InvalidCalendarException if a year is given twice
	 */
	public static WorkingCalendar of(List<HolidayYear> years) {
		Map<Integer, HolidayYear> byYear = new TreeMap<>();
		List<CalendarProblem> problems = new ArrayList<>();
		for (HolidayYear year : years) {
			if (byYear.putIfAbsent(year.year(), year) != null) {
				problems.add(new CalendarProblem(year.year(), null, CalendarProblem.Rule.DUPLICATE_YEAR));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidCalendarException(problems);
		}
		return new WorkingCalendar(byYear);
	}

	/**
	 * A calendar without any holiday data: every day is {@linkplain #isProvisional
	 * provisional}, Monday to Friday are working days.
	 * @return the calendar
	 */
	public static WorkingCalendar withoutHolidayData() {
		return new WorkingCalendar(new TreeMap<>());
	}

	/**
	 * Whether the centres work on a day.
	 * @param day the day
	 * @return {@code true} for a working day
	 */
	public boolean isWorkingDay(LocalDate day) {
		if (this.makeUpWorkdays.contains(day)) {
			return true;
		}
		if (this.holidays.contains(day)) {
			return false;
		}
		return !HolidayYear.isWeekend(day);
	}

	/**
	 * Whether a day's status is only assumed, because its year has no holiday data.
	 * @param day the day
	 * @return {@code true} if {@link #isWorkingDay(LocalDate)} fell back to Monday–Friday
	 */
	public boolean isProvisional(LocalDate day) {
		return !covers(day.getYear());
	}

	/**
	 * Whether a year's holiday arrangement is loaded.
	 * @param year the year
	 * @return {@code true} if the calendar has data for the year
	 */
	public boolean covers(int year) {
		return this.years.containsKey(year);
	}

	/**
	 * The arrangement loaded for a year, e.g. to show its source.
	 * @param year the year
	 * @return the arrangement, or empty if the year is not covered
	 */
	public Optional<HolidayYear> year(int year) {
		return Optional.ofNullable(this.years.get(year));
	}

	/**
	 * The years with holiday data.
	 * @return the loaded years, in ascending order
	 */
	public List<HolidayYear> years() {
		return List.copyOf(this.years.values());
	}

	/**
	 * The n-th working day after a day; the day itself is never counted (期间开始之日不计算在内).
	 * @param start the day to count from
	 * @param n how many working days, 0 or more; 0 returns {@code start} itself, whatever
	 * kind of day it is (an instant item is due the day it is accepted)
	 * @return the n-th working day after {@code start}
	 * @throws IllegalArgumentException if {@code n} is negative
	 */
	public LocalDate plusWorkingDays(LocalDate start, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("Cannot count a negative number of working days: " + n);
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < n) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * How many working days lie after one day up to and including another. The count is
	 * signed so that it reads naturally as "days left": if {@code toInclusive} is before
	 * {@code fromExclusive} the result is minus the count the other way round.
	 * @param fromExclusive the day to count from (not counted)
	 * @param toInclusive the last day counted
	 * @return the number of working days in {@code (fromExclusive, toInclusive]}, or its
	 * negative for a reversed range
	 */
	public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
		if (toInclusive.isBefore(fromExclusive)) {
			return -workingDaysBetween(toInclusive, fromExclusive);
		}
		int count = 0;
		for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	@Override
	public String toString() {
		return "WorkingCalendar" + this.years.keySet();
	}

}
