package org.bianmin.model.resident;

/**
 * A resident ID number was refused. The message is English, for logs, and shows the
 * entered value only masked, because exceptions end up in logs and ID numbers are
 * personal data; screens show the text behind {@link #messageKey()}.
 */
public final class InvalidResidentIdException extends IllegalArgumentException {

	private final ResidentIdProblem problem;

	InvalidResidentIdException(ResidentIdProblem problem, String input) {
		super("Invalid resident ID number " + maskInput(input) + ": " + problem.description() + " (" + problem.name()
				+ ")");
		this.problem = problem;
	}

	/**
	 * What is wrong with the number.
	 * @return the problem
	 */
	public ResidentIdProblem problem() {
		return this.problem;
	}

	/**
	 * The key of the text a clerk reads.
	 * @return the problem's message key
	 */
	public String messageKey() {
		return this.problem.messageKey();
	}

	/**
	 * Masks a refused input the way {@link ResidentId#masked()} masks a valid number:
	 * only the area code and the last four characters stay readable, and only when the
	 * input is long enough that they are not most of it.
	 */
	private static String maskInput(String input) {
		int[] codePoints = input.codePoints().toArray();
		int length = codePoints.length;
		if (length == 0) {
			return "(empty)";
		}
		if (length <= 10) {
			return "*".repeat(length) + " (" + length + " characters)";
		}
		return new String(codePoints, 0, 6) + "*".repeat(length - 10) + new String(codePoints, length - 4, 4) + " ("
				+ length + " characters)";
	}

}
