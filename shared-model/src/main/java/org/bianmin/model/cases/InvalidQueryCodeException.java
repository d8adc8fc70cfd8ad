package org.bianmin.model.cases;

/**
 * A typed query code was refused. The message is English, for logs, and does not repeat
 * the input: people type all sorts into a public query box, their ID number included.
 */
public final class InvalidQueryCodeException extends IllegalArgumentException {

	private final QueryCodeProblem problem;

	InvalidQueryCodeException(QueryCodeProblem problem, int inputLength) {
		super("Invalid query code (" + inputLength + " characters after normalising): " + problem.description() + " ("
				+ problem.name() + ")");
		this.problem = problem;
	}

	/**
	 * What is wrong with the code.
	 * @return the problem
	 */
	public QueryCodeProblem problem() {
		return this.problem;
	}

	/**
	 * The key of the text a resident or clerk reads.
	 * @return the problem's message key
	 */
	public String messageKey() {
		return this.problem.messageKey();
	}

}
