package org.bianmin.node.casework.ui;

import org.bianmin.model.cases.CaseId;

/**
 * The routes of casework, for links from other features (which must not depend on the
 * views themselves). A case is addressed by its UUID only, never by an ID number.
 */
public final class CaseworkNavigation {

	public static final String QUEUE = "queue";

	public static final String MY_CASES = "my-cases";

	public static final String AB_POST = "ab-post";

	static final String CASE_TEMPLATE = "cases/:caseId";

	static final String CASE_PARAMETER = "caseId";

	private CaseworkNavigation() {
	}

	/** The case page's URL. */
	public static String caseUrl(CaseId id) {
		return "cases/" + id.value();
	}

	/** A notice of a case (built by the notices feature): acceptance, correction, ... */
	static String noticeUrl(CaseId id, String kind) {
		return "notices/" + id.value() + "/" + kind;
	}

}
