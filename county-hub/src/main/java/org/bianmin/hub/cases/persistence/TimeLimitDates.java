package org.bianmin.hub.cases.persistence;

import java.time.LocalDate;

import org.bianmin.model.calendar.Deadline;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.TimeLimitClock;
import org.bianmin.model.cases.Case;
import org.bianmin.model.catalog.ItemCategory;
import org.jspecify.annotations.Nullable;

/**
 * The time-limit dates the projection keeps so that the queue can tell a case's colour in
 * SQL: due date and first yellow day of each limit. They do not depend on the day they
 * were computed on as long as the clock runs (an open pause is the only thing that moves
 * a due date day by day), so a paused case stores none and says it is paused instead; the
 * next event (the material arriving) writes them again. The same approach as the node's
 * projection (township-node's {@code casework.persistence.TimeLimitDates}); the rules
 * themselves are shared-model's {@link TimeLimitClock}.
 *
 * @param handlingDays working days the case took against its promised limit, once it is
 * decided (pauses not counted); null before
 */
record TimeLimitDates(@Nullable LocalDate promisedDue, @Nullable LocalDate promisedYellowFrom,
		@Nullable LocalDate legalDue, @Nullable LocalDate legalYellowFrom, @Nullable LocalDate stoppedOn,
		boolean paused, @Nullable Integer handlingDays) {

	static final TimeLimitDates NOT_STARTED = new TimeLimitDates(null, null, null, null, null, false, null);

	static TimeLimitDates of(Case stored, TimeLimitClock clock, LocalDate today) {
		Case.TimeLimits limits = stored.timeLimits(clock, today).orElse(null);
		if (limits == null) {
			return NOT_STARTED;
		}
		LocalDate stoppedOn = stored.finishedAt().map(ServiceTime::dayOf).orElse(null);
		if (limits.promised().paused()) {
			return new TimeLimitDates(null, null, null, null, stoppedOn, true, null);
		}
		Integer handlingDays = (stored.decision() != null)
				? promisedLimitDays(stored) - limits.promised().workingDaysLeft() : null;
		return new TimeLimitDates(limits.promised().dueDate(), yellowFrom(limits.promised(), stoppedOn, clock),
				limits.legal().dueDate(), yellowFrom(limits.legal(), stoppedOn, clock), stoppedOn, false, handlingDays);
	}

	/**
	 * The promised limit as the clock counts it: a same-day item (当日办结件) is due on the
	 * day of acceptance, whatever its guide says in days ({@link Case#timeLimits}).
	 */
	static int promisedLimitDays(Case stored) {
		return (stored.item().category() == ItemCategory.SAME_DAY) ? 0 : stored.item().promisedLimitDays();
	}

	/**
	 * The first day on which the case is yellow: at most the warning window of working
	 * days left. A finished case is never yellow (the clock keeps red or green), so its
	 * yellow day is put after its due date, where red wins anyway.
	 */
	private static LocalDate yellowFrom(Deadline deadline, @Nullable LocalDate stoppedOn, TimeLimitClock clock) {
		LocalDate due = deadline.dueDate();
		if (stoppedOn != null) {
			return due.plusDays(1);
		}
		LocalDate day = due;
		while (clock.calendar().workingDaysBetween(day.minusDays(1), due) <= clock.warningWorkingDays()) {
			day = day.minusDays(1);
		}
		return day;
	}

}
