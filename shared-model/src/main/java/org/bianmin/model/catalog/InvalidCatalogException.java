package org.bianmin.model.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog, item or value that breaks the catalog rules; carries every problem found,
 * not only the first, so that an administrator can fix a catalog file in one go.
 */
public class InvalidCatalogException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final transient List<CatalogProblem> problems;

	/**
	 * Creates the exception.
	 * @param problems the problems found, at least one
	 */
	public InvalidCatalogException(List<CatalogProblem> problems) {
		super("Invalid catalog: " + problems.stream().map(CatalogProblem::toString).collect(Collectors.joining("; ")));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("An invalid catalog needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	/**
	 * The problems found.
	 * @return every problem, in the order found
	 */
	public List<CatalogProblem> problems() {
		return this.problems;
	}

}
