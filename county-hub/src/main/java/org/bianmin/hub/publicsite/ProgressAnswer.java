package org.bianmin.hub.publicsite;

import java.util.Objects;

import org.bianmin.model.cases.QueryCodeProblem;

/**
 * What the public progress query answers. An unknown query code and a wrong check both
 * get {@link NoMatch}: the page must not tell anyone which codes exist.
 */
public sealed interface ProgressAnswer {

	/** The code and the check match a case: its progress, without personal data. */
	record Shown(CaseProgress progress) implements ProgressAnswer {

		public Shown {
			Objects.requireNonNull(progress, "progress");
		}

	}

	/** No case with this code, or the check does not match: answered alike. */
	record NoMatch() implements ProgressAnswer {

	}

	/**
	 * The code is not a query code (e.g. a typing slip the check character caught);
	 * nothing was looked up and nothing counts against the client.
	 */
	record InvalidCode(QueryCodeProblem problem) implements ProgressAnswer {

		public InvalidCode {
			Objects.requireNonNull(problem, "problem");
		}

	}

	/** The check is not four characters of an ID number; nothing was looked up. */
	record InvalidCheck() implements ProgressAnswer {

	}

	/** Too many failed checks from this client lately: nothing was looked up. */
	record TooManyAttempts() implements ProgressAnswer {

	}

}
