package org.bianmin.model.resident;

/**
 * Why a resident ID number was refused, in the order the checks run. Each problem has a
 * message key in the {@code resident} message area so a clerk reads what to fix.
 */
public enum ResidentIdProblem {

	/** Nothing was entered. */
	EMPTY("no number given"),

	/**
	 * Exactly 15 digits: a first-generation number (before 1999). Reported on its own
	 * because the fix is to ask for the current card, not to look for a typing error;
	 * never converted automatically, since the conversion guesses the century.
	 */
	LEGACY_15_DIGIT("old 15-digit number"),

	/** Not 18 characters. */
	LENGTH("not 18 characters"),

	/** The first 17 are not all digits, or the last is neither a digit nor X. */
	CHARACTERS("characters other than digits and a final X"),

	/** The ISO 7064 MOD 11-2 check digit does not match: most likely a typing error. */
	CHECK_DIGIT("check digit does not match"),

	/** Positions 7-14 are not a real calendar date. */
	NO_SUCH_DATE("birth date is not a real date"),

	/** The birth date lies after the day the number was entered. */
	FUTURE_DATE("birth date in the future");

	private final String description;

	ResidentIdProblem(String description) {
		this.description = description;
	}

	/**
	 * The key of the text a clerk reads, in the {@code resident} message area.
	 * @return e.g. {@code resident.id.problem.CHECK_DIGIT}
	 */
	public String messageKey() {
		return "resident.id.problem." + name();
	}

	/**
	 * A short English description for logs and exception messages; screens use
	 * {@link #messageKey()}.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

}
