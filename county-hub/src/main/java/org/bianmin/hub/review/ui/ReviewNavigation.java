package org.bianmin.hub.review.ui;

import org.bianmin.model.cases.CaseId;

/**
 * The review feature's routes, for links from other features (which link by path and must
 * not depend on the views). A case is addressed by its UUID only, never by an ID number.
 */
public final class ReviewNavigation {

	public static final String INBOX = "review";

	static final String CASE_TEMPLATE = "review/:caseId";

	static final String CASE_PARAMETER = "caseId";

	private ReviewNavigation() {
	}

	/** The case page's URL. */
	public static String caseUrl(CaseId id) {
		return "review/" + id.value();
	}

}
