package org.bianmin.model.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a case stands against its time limit, as computed by {@link TimeLimitClock}.
 *
 * @param dueDate the working day by which the case must be decided; while a pause is open
 * this is a projection that assumes the clock runs again tomorrow
 * @param workingDaysLeft working days after the reference day (today, or the finish date
 * of a finished case) up to and including the due date; 0 on the due day; once overdue,
 * minus the working days since the due date (still 0 on rest days right after it)
 * @param status red, yellow or green
 * @param paused whether the clock is stopped now (a running case with an open pause)
 * @param provisional whether a year the count touched has no holiday data loaded, so
 * weekdays were assumed to be working days; screens should say the date may move
 */
public record Deadline(LocalDate dueDate, int workingDaysLeft, TimeLimitStatus status, boolean paused,
		boolean provisional) {

	public Deadline {
		Objects.requireNonNull(dueDate, "dueDate");
		Objects.requireNonNull(status, "status");
	}

}
