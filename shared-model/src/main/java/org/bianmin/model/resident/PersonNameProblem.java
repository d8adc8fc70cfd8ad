package org.bianmin.model.resident;

/**
 * Why a person's name was refused, in the order the checks run (size, characters,
 * syntax). Each problem has a message key in the {@code resident} message area.
 */
public enum PersonNameProblem {

	/** Nothing left after trimming. */
	EMPTY("no name given"),

	/** More than {@value PersonName#MAX_LENGTH} characters (code points). */
	TOO_LONG("longer than " + PersonName.MAX_LENGTH + " characters"),

	/**
	 * A character that is not a Han ideograph, a Latin letter, the middle dot or a space:
	 * digits, punctuation, symbols, emoji, control and private-use characters.
	 */
	CHARACTERS("character not allowed in a name"),

	/** A middle dot at the start or end, or two separators in a row. */
	SEPARATORS("middle dot at the start or end, or separators in a row");

	private final String description;

	PersonNameProblem(String description) {
		this.description = description;
	}

	/**
	 * The key of the text a clerk reads, in the {@code resident} message area.
	 * @return e.g. {@code resident.name.problem.CHARACTERS}
	 */
	public String messageKey() {
		return "resident.name.problem." + name();
	}

	/**
	 * A short English description for logs and exception messages.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

}
