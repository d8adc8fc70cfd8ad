package org.bianmin.model.calendar;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with holiday data. The text lives in the {@code calendar} message
 * bundle under {@link #messageKey()}; it may use {@code {0}} for the year and {@code {1}}
 * for the date.
 *
 * @param year the year of the {@link HolidayYear} in question
 * @param date the offending date, if the problem is about one
 * @param rule the rule broken
 */
public record CalendarProblem(int year, @Nullable LocalDate date, Rule rule) {

	public CalendarProblem {
		Objects.requireNonNull(rule, "rule");
	}

	/**
	 * The key of the problem's text in {@code bianmin-model-i18n/calendar}.
	 * @return the message key
	 */
	public String messageKey() {
		return this.rule.messageKey();
	}

	@Override
	public String toString() {
		return this.year + (this.date != null ? " " + this.date : "") + ": " + messageKey();
	}

	/**
	 * The rules holiday data must keep.
	 */
	public enum Rule {

		/** A listed date lies outside the year it is listed under. */
		DATE_OUTSIDE_YEAR("calendar.problem.dateOutsideYear"),

		/** A date is listed both as a holiday and as a make-up working day. */
		HOLIDAY_AND_MAKE_UP("calendar.problem.holidayAndMakeUp"),

		/**
		 * A make-up working day (调休上班) falls on a weekday, where it would change nothing.
		 */
		MAKE_UP_ON_WEEKDAY("calendar.problem.makeUpOnWeekday"),

		/** A date is listed twice: probably a typo hiding a missing date. */
		DUPLICATE_DATE("calendar.problem.duplicateDate"),

		/** The data does not say which notice it comes from. */
		SOURCE_MISSING("calendar.problem.sourceMissing"),

		/** Two sets of data are given for the same year. */
		DUPLICATE_YEAR("calendar.problem.duplicateYear");

		private final String messageKey;

		Rule(String messageKey) {
			this.messageKey = messageKey;
		}

		/**
		 * The key of the rule's text in {@code bianmin-model-i18n/calendar}.
		 * @return the message key
		 */
		public String messageKey() {
			return this.messageKey;
		}

	}

}
