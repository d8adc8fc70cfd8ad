package org.bianmin.node.identity;

import java.util.regex.Pattern;

import org.bianmin.model.node.NodeLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who this node is ({@code bianmin.node.*}). The same build runs as a township centre or
 * as a village point; this record is where the difference is decided, and a node that is
 * configured inconsistently refuses to start rather than file cases under a wrong name.
 *
 * @param code the node's code registered at the hub, e.g. {@code QS}
 * @param level {@link NodeLevel#TOWNSHIP} or {@link NodeLevel#VILLAGE}
 * @param name the centre's name as residents know it, e.g. 青石镇便民服务中心
 * @param parentTownship the code of the township a village point belongs to; required for
 * a village, forbidden for a township
 */
@ConfigurationProperties("bianmin.node")
public record NodeIdentity(String code, NodeLevel level, String name, @Nullable String parentTownship) {

	// becomes NodeCode once shared-model has it
	private static final Pattern NODE_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,5}");

	private static final int MAX_NAME_LENGTH = 100;

	public NodeIdentity {
		requireCode("bianmin.node.code", code);
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
			requireCode("bianmin.node.parent-township", parentTownship);
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
	}

	public boolean isVillage() {
		return this.level == NodeLevel.VILLAGE;
	}

	private static void requireCode(String key, @Nullable String value) {
		if (value == null || value.isBlank()) {
			String hint = key.endsWith("parent-township")
					? "is required for a VILLAGE node: set it to the code of the township it belongs to, e.g. QS"
					: "is not set: set it to this node's code as registered at the county hub, e.g. QS";
			throw new IllegalArgumentException(key + " " + hint);
		}
		if (value.length() < 2 || value.length() > 6) {
			throw new IllegalArgumentException(key + " must be 2 to 6 characters long, but is '" + value + "'");
		}
		if (!NODE_CODE.matcher(value).matches()) {
			throw new IllegalArgumentException(key + " must be an upper-case letter followed by upper-case letters"
					+ " or digits (e.g. QS, QSLW), but is '" + value + "'");
		}
	}

}
