package org.bianmin.node.i18n;

import org.bianmin.model.cases.CaseStatus;

/**
 * The translation key for a {@link CaseStatus} (草稿, 待受理…). The texts are shared-model's
 * ({@code bianmin-model-i18n/cases*.properties}), so node and hub name a status alike.
 */
public final class CaseStatusLabel {

	private CaseStatusLabel() {
	}

	public static String key(CaseStatus status) {
		return "case.status." + status.name();
	}

}
