package org.bianmin.node.notices.ui;

import org.bianmin.model.cases.CaseId;
import org.bianmin.node.notices.NoticeKind;

/** How other features link to a case's notices. */
public final class NoticesNavigation {

	private NoticesNavigation() {
	}

	/**
	 * The notice's address relative to the app, e.g.
	 * {@code notices/0195f7a2-.../acceptance}. It carries the case ID only, never
	 * personal data.
	 */
	public static String location(CaseId caseId, NoticeKind kind) {
		return NoticeView.ROUTE_PREFIX + "/" + caseId.value() + "/" + kind.slug();
	}

}
