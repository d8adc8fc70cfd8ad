package org.bianmin.hub.sync;

import java.util.Objects;

import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters to register a node.
 *
 * @param code unique county-wide
 * @param level TOWNSHIP or VILLAGE
 * @param parentTownship the township of a village; null for a township
 * @param name the display name, 1 to 100 characters
 */
public record NodeRegistration(NodeCode code, NodeLevel level, @Nullable NodeCode parentTownship, String name) {

	public NodeRegistration {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(name, "name");
		name = name.strip();
	}

}
