package org.bianmin.model.cases;

import java.util.Objects;

import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.jspecify.annotations.Nullable;

/**
 * Where a command is given: this node, its level, and the places a case may be handed to
 * from here (a village hands cases to its township; townships forward to the county hub).
 *
 * @param node this node
 * @param level this node's level
 * @param parentTownship the township a village belongs to; null for townships and the hub
 * @param hub the county hub
 */
public record NetworkPlace(NodeCode node, NodeLevel level, @Nullable NodeCode parentTownship, NodeCode hub) {

	public NetworkPlace {
		Objects.requireNonNull(node, "node");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(hub, "hub");
		if ((level == NodeLevel.VILLAGE) != (parentTownship != null)) {
			throw new IllegalArgumentException("a village, and only a village, has a parent township");
		}
		if ((level == NodeLevel.COUNTY) != node.equals(hub)) {
			throw new IllegalArgumentException("the county level is the hub itself");
		}
	}

	public static NetworkPlace village(NodeCode node, NodeCode township, NodeCode hub) {
		return new NetworkPlace(node, NodeLevel.VILLAGE, township, hub);
	}

	public static NetworkPlace township(NodeCode node, NodeCode hub) {
		return new NetworkPlace(node, NodeLevel.TOWNSHIP, null, hub);
	}

	public static NetworkPlace county(NodeCode hub) {
		return new NetworkPlace(hub, NodeLevel.COUNTY, null, hub);
	}

}
