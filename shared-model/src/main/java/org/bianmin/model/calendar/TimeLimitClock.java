package org.bianmin.model.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The time-limit clock of a case (办理时限).
 * <p>
 * Days are counted as in Chinese administrative practice:
 * <ul>
 * <li>the clock starts at acceptance (受理), and the day of acceptance is not counted
 * (期间开始之日不计算在内): a limit of N working days is due on the N-th working day after
 * acceptance;</li>
 * <li>a limit of 0 (即办件) is due on the acceptance day;</li>
 * <li>the clock stops while the case waits for the applicant ({@link Pause}): every
 * working day inside a pause pushes the due date back by one working day;</li>
 * <li>a running case is red after the due date, yellow when at most the warning window of
 * working days is left after today (so the due day is always yellow), green
 * otherwise;</li>
 * <li>a finished case keeps the status it had on its finish date: red if finished after
 * the due date, green otherwise.</li>
 * </ul>
 * Only days up to the reference day (today, or the finish date) can be paused: a pause is
 * cut off there, and an open pause is taken to end tomorrow, so the due date of a waiting
 * case is a projection that moves on each day it keeps waiting.
 */
public final class TimeLimitClock {

	private final WorkingCalendar calendar;

	private final int warningWorkingDays;

	/**
	 * Creates a clock.
	 * @param calendar the working-day calendar to count on
	 * @param warningWorkingDays the warning window: a case with this many working days
	 * left, or fewer, is yellow
	 */
	public TimeLimitClock(WorkingCalendar calendar, int warningWorkingDays) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
		if (warningWorkingDays < 0) {
			throw new IllegalArgumentException("The warning window cannot be negative: " + warningWorkingDays);
		}
		this.warningWorkingDays = warningWorkingDays;
	}

	/**
	 * Where a case stands against its time limit.
	 * @param acceptedOn the day the case was accepted (受理)
	 * @param limitWorkingDays the limit in working days (0 for an instant item)
	 * @param pauses the stretches during which the case waited for the applicant; they
	 * may overlap (a day is paused once however many pauses cover it)
	 * @param today the county's today ({@link ServiceTime#today})
	 * @param finishedOn the day the case was decided, or {@code null} while it runs
	 * @return the due date, working days left, status and flags
	 * @throws IllegalArgumentException if the limit is negative or the case finished
	 * before it was accepted
	 */
	public Deadline deadline(LocalDate acceptedOn, int limitWorkingDays, List<Pause> pauses, LocalDate today,
			@Nullable LocalDate finishedOn) {
		if (limitWorkingDays < 0) {
			throw new IllegalArgumentException("A time limit cannot be negative: " + limitWorkingDays);
		}
		if (finishedOn != null && finishedOn.isBefore(acceptedOn)) {
			throw new IllegalArgumentException(
					"A case cannot finish (" + finishedOn + ") before it is accepted (" + acceptedOn + ")");
		}
		LocalDate asOf = (finishedOn != null) ? finishedOn : today;
		LocalDate dueDate = dueDate(acceptedOn, limitWorkingDays, pauses, asOf);
		int workingDaysLeft = this.calendar.workingDaysBetween(asOf, dueDate);
		TimeLimitStatus status = status(asOf, dueDate, workingDaysLeft, finishedOn != null);
		boolean paused = finishedOn == null && pauses.stream().anyMatch((pause) -> pause.covers(today));
		boolean provisional = touchesUncoveredYear(min(acceptedOn, asOf), max(dueDate, asOf));
		return new Deadline(dueDate, workingDaysLeft, status, paused, provisional);
	}

	private LocalDate dueDate(LocalDate acceptedOn, int limitWorkingDays, List<Pause> pauses, LocalDate asOf) {
		LocalDate day = acceptedOn;
		int counted = 0;
		while (counted < limitWorkingDays) {
			day = day.plusDays(1);
			if (this.calendar.isWorkingDay(day) && !isPaused(day, pauses, asOf)) {
				counted++;
			}
		}
		return day;
	}

	private static boolean isPaused(LocalDate day, List<Pause> pauses, LocalDate asOf) {
		// nobody knows yet whether the applicant will still be away after the reference
		// day
		if (day.isAfter(asOf)) {
			return false;
		}
		for (Pause pause : pauses) {
			if (pause.covers(day)) {
				return true;
			}
		}
		return false;
	}

	private TimeLimitStatus status(LocalDate asOf, LocalDate dueDate, int workingDaysLeft, boolean finished) {
		if (asOf.isAfter(dueDate)) {
			return TimeLimitStatus.RED;
		}
		if (finished) {
			return TimeLimitStatus.GREEN;
		}
		return (workingDaysLeft <= this.warningWorkingDays) ? TimeLimitStatus.YELLOW : TimeLimitStatus.GREEN;
	}

	private boolean touchesUncoveredYear(LocalDate from, LocalDate to) {
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			if (!this.calendar.covers(year)) {
				return true;
			}
		}
		return false;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	/**
	 * The calendar this clock counts on.
	 * @return the calendar
	 */
	public WorkingCalendar calendar() {
		return this.calendar;
	}

	/**
	 * The warning window.
	 * @return working days left at or below which a running case is yellow
	 */
	public int warningWorkingDays() {
		return this.warningWorkingDays;
	}

}
