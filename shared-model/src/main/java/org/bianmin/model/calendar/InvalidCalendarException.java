package org.bianmin.model.calendar;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Holiday data that breaks the rules; carries every problem found, not only the first, so
 * whoever maintains the data can fix them in one go.
 */
public class InvalidCalendarException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final transient List<CalendarProblem> problems;

	/**
	 * Creates the exception.
	 * @param problems the problems found, at least one
	 */
	public InvalidCalendarException(List<CalendarProblem> problems) {
		super("Invalid holiday data: "
				+ problems.stream().map(CalendarProblem::toString).collect(Collectors.joining("; ")));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("An invalid calendar needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	/**
	 * The problems found.
	 * @return every problem, in the order found
	 */
	public List<CalendarProblem> problems() {
		return this.problems;
	}

}
