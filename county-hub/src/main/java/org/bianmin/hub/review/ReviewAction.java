package org.bianmin.hub.review;

import java.util.List;

import org.bianmin.model.cases.DecisionOutcome;

/** What a person can do on the county's case page. */
public sealed interface ReviewAction {

	/** Take a forwarded case in (县级接收). */
	record Receive() implements ReviewAction {
	}

	/** Start reviewing without deciding yet. */
	record StartReview() implements ReviewAction {
	}

	/**
	 * Approve or reject (a rejection gives reasons); the result then goes back to the
	 * township at once, unless deferred materials hold it.
	 */
	record Decide(DecisionOutcome outcome, List<String> reasons) implements ReviewAction {

		public Decide {
			reasons = List.copyOf(reasons);
		}

	}

	/** Hand a held result back to the township, once the deferred materials are in. */
	record Release() implements ReviewAction {
	}

	/** Record that a deferred material (容缺材料) arrived at the county. */
	record SupplyDeferred(String material) implements ReviewAction {
	}

	/** A supervisor closes a bad rating's follow-up (整改) with the response given. */
	record CloseFollowUp(String response) implements ReviewAction {
	}

	/** The kinds of action, for the buttons a page offers. */
	enum Kind {

		RECEIVE, START_REVIEW, DECIDE, RELEASE, SUPPLY_DEFERRED, CLOSE_FOLLOW_UP

	}

}
