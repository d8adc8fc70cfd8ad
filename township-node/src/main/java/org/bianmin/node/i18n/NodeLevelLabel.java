package org.bianmin.node.i18n;

import org.bianmin.model.node.NodeLevel;

/**
 * The translation key for a {@link NodeLevel} (村, 乡镇, 县). {@code TranslationsTest} checks
 * that every level has a label, in every language.
 */
public final class NodeLevelLabel {

	private NodeLevelLabel() {
	}

	public static String key(NodeLevel level) {
		return "node-level." + level.name();
	}

}
