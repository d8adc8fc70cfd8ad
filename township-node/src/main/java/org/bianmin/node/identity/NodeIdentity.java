package org.bianmin.node.identity;

import java.util.Objects;

import org.bianmin.model.cases.NetworkPlace;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who this node is ({@code bianmin.node.*}). The same build runs as a township centre or
 * as a village point; this record is where the difference is decided, and a node that is
 * configured inconsistently refuses to start rather than file cases under a wrong name.
 * Node codes are {@link NodeCode}s, bound from their text and checked there.
 *
 * @param code the node's code registered at the hub, e.g. {@code QS}
 * @param level {@link NodeLevel#TOWNSHIP} or {@link NodeLevel#VILLAGE}
 * @param name the centre's name as residents know it, e.g. 青石镇便民服务中心
 * @param parentTownship the code of the township a village point belongs to; required for
 * a village, forbidden for a township
 * @param hub the code of the county hub the node belongs to, e.g. {@code YL}
 */
@ConfigurationProperties("bianmin.node")
public record NodeIdentity(NodeCode code, NodeLevel level, String name, @Nullable NodeCode parentTownship,
		NodeCode hub) {

	private static final int MAX_NAME_LENGTH = 100;

	public NodeIdentity {
		if (code == null) {
			throw new IllegalArgumentException(
					"bianmin.node.code is not set: set it to this node's code as registered at the county hub, e.g. QS");
		}
		if (hub == null) {
			throw new IllegalArgumentException(
					"bianmin.node.hub is not set: set it to the code of the county hub this node belongs to, e.g. YL");
		}
		if (level == null) {
			throw new IllegalArgumentException("bianmin.node.level is not set: set it to TOWNSHIP or VILLAGE");
		}
		if (level == NodeLevel.COUNTY) {
			throw new IllegalArgumentException(
					"bianmin.node.level is COUNTY, but a county runs the county-hub, not a node: set TOWNSHIP or VILLAGE");
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException(
					"bianmin.node.name is not set: set it to the centre's name, e.g. 青石镇便民服务中心");
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException(
					"bianmin.node.name is longer than " + MAX_NAME_LENGTH + " characters: " + name);
		}
		if (level == NodeLevel.VILLAGE) {
			if (parentTownship == null) {
				throw new IllegalArgumentException("bianmin.node.parent-township is required for a VILLAGE node: set it"
						+ " to the code of the township it belongs to, e.g. QS");
			}
			if (parentTownship.equals(code)) {
				throw new IllegalArgumentException("bianmin.node.parent-township is the village's own code " + code
						+ ": set it to the code of the township the village belongs to");
			}
		}
		else if (parentTownship != null) {
			throw new IllegalArgumentException("bianmin.node.parent-township is set (" + parentTownship
					+ "), but this node is a TOWNSHIP: only a VILLAGE node has a parent township; remove the setting"
					+ " or set bianmin.node.level=VILLAGE");
		}
		if (hub.equals(code)) {
			throw new IllegalArgumentException(
					"bianmin.node.hub is this node's own code " + code + ": set it to the county hub's code");
		}
	}

	public boolean isVillage() {
		return this.level == NodeLevel.VILLAGE;
	}

	/** Where this node stands in the network, for the case rules. */
	public NetworkPlace place() {
		return isVillage() ? NetworkPlace.village(this.code, Objects.requireNonNull(this.parentTownship), this.hub)
				: NetworkPlace.township(this.code, this.hub);
	}

}
