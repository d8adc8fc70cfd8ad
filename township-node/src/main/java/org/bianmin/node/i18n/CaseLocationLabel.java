package org.bianmin.node.i18n;

import org.bianmin.node.casework.CaseLocation;

/**
 * The translation key for a {@link CaseLocation} (本点, 乡镇中心, 县政务服务中心). The texts take the
 * owner's node code as {@code {0}}. {@code TranslationsTest} checks that every location
 * has a label, in every language.
 */
public final class CaseLocationLabel {

	private CaseLocationLabel() {
	}

	public static String key(CaseLocation location) {
		return "case-location." + location.name();
	}

}
