package org.bianmin.model.cases;

/**
 * Why a typed query code was refused. Each problem has a message key in the
 * {@code cases-codes} message area, worded for a resident at the public query page as
 * much as for a clerk.
 */
public enum QueryCodeProblem {

	/** Nothing was entered. */
	EMPTY("no code given"),

	/**
	 * Not shaped like a query code: too short or too long, characters other than letters
	 * and digits, or parts that cannot be (no such date, a sequence of fewer than three
	 * digits, no node code).
	 */
	FORMAT("not shaped like a query code"),

	/**
	 * The check character does not match: a character was mistyped or two neighbouring
	 * characters were swapped.
	 */
	CHECK_CHARACTER("check character does not match");

	private final String description;

	QueryCodeProblem(String description) {
		this.description = description;
	}

	/**
	 * The key of the text a resident or clerk reads, in the {@code cases-codes} message
	 * area.
	 * @return e.g. {@code cases.query-code.problem.CHECK_CHARACTER}
	 */
	public String messageKey() {
		return "cases.query-code.problem." + name();
	}

	/**
	 * A short English description for logs and exception messages.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

}
