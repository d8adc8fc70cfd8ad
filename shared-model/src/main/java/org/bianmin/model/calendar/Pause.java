package org.bianmin.model.calendar;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A stretch of time during which the clock is stopped because the case waits for the
 * applicant (补正, a deferred material under 容缺受理).
 * <p>
 * The pause is half-open, {@code [from, until)}: the day the clock stops is not counted,
 * the day the applicant comes back counts again. Half-open stretches also make
 * back-to-back pauses add up without counting a day twice.
 *
 * @param from the first day not counted
 * @param until the day the clock runs again, or {@code null} while the case still waits
 * (an open pause: the clock is stopped now)
 */
public record Pause(LocalDate from, @Nullable LocalDate until) {

	public Pause {
		Objects.requireNonNull(from, "from");
		if (until != null && until.isBefore(from)) {
			throw new IllegalArgumentException("A pause cannot end (" + until + ") before it starts (" + from + ")");
		}
	}

	/**
	 * An open pause: the case waits for the applicant since {@code from}.
	 * @param from the first day not counted
	 * @return the open pause
	 */
	public static Pause openSince(LocalDate from) {
		return new Pause(from, null);
	}

	/**
	 * Whether the case still waits for the applicant.
	 * @return {@code true} if the pause has no end yet
	 */
	public boolean isOpen() {
		return this.until == null;
	}

	/**
	 * Whether the clock stands still on a day.
	 * @param day the day in question
	 * @return {@code true} if {@code from <= day < until} (an open pause has no end)
	 */
	public boolean covers(LocalDate day) {
		return !day.isBefore(this.from) && (this.until == null || day.isBefore(this.until));
	}

}
