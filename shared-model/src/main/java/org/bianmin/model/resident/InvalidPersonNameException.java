package org.bianmin.model.resident;

/**
 * A person's name was refused. The message is English, for logs, and does not contain the
 * name (personal data); for {@link PersonNameProblem#CHARACTERS} it names the first
 * offending character by its code point, which is what a developer needs when the culprit
 * is invisible on screen.
 */
public final class InvalidPersonNameException extends IllegalArgumentException {

	private final PersonNameProblem problem;

	InvalidPersonNameException(PersonNameProblem problem) {
		super("Invalid person name: " + problem.description() + " (" + problem.name() + ")");
		this.problem = problem;
	}

	InvalidPersonNameException(int offendingCodePoint, int position) {
		super("Invalid person name: " + PersonNameProblem.CHARACTERS.description() + ", "
				+ String.format("U+%04X", offendingCodePoint) + " at position " + position + " ("
				+ PersonNameProblem.CHARACTERS.name() + ")");
		this.problem = PersonNameProblem.CHARACTERS;
	}

	/**
	 * What is wrong with the name.
	 * @return the problem
	 */
	public PersonNameProblem problem() {
		return this.problem;
	}

	/**
	 * The key of the text a clerk reads.
	 * @return the problem's message key
	 */
	public String messageKey() {
		return this.problem.messageKey();
	}

}
