package org.bianmin.hub.i18n;

import org.bianmin.model.node.NodeLevel;

/**
 * The label of a {@link NodeLevel} in the user's language: {@code node-level.COUNTY} = 县.
 * The only place that maps the enum to its keys.
 */
public final class NodeLevelLabels {

	private NodeLevelLabels() {
	}

	public static String key(NodeLevel level) {
		return "node-level." + level.name();
	}

}
