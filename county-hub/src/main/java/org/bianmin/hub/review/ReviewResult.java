package org.bianmin.hub.review;

import org.bianmin.model.cases.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * What an action did.
 *
 * @param refused why the action was refused, or null when it was done
 * @param released whether the result went back to the township
 * @param held why a decided result stays at the county (deferred materials), if it does
 */
public record ReviewResult(@Nullable RuleViolation refused, boolean released, @Nullable RuleViolation held) {

	static ReviewResult done() {
		return new ReviewResult(null, false, null);
	}

	static ReviewResult refused(RuleViolation violation) {
		return new ReviewResult(violation, false, null);
	}

	public boolean isDone() {
		return this.refused == null;
	}

}
