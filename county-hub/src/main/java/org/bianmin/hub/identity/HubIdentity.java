package org.bianmin.hub.identity;

import java.util.Objects;
import java.util.regex.Pattern;

import org.bianmin.model.node.NodeLevel;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who this hub is: {@code bianmin.hub.code} and {@code bianmin.hub.name}. Both are
 * required: a hub that named itself after the demo county by default would print that
 * name on real notices.
 *
 * @param code the county's node code, e.g. {@code YL}
 * @param name the centre's name as printed on notices, e.g. 云岭县政务服务中心
 */
@ConfigurationProperties("bianmin.hub")
public record HubIdentity(String code, String name) {

	// becomes NodeCode once shared-model has it
	private static final Pattern NODE_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,5}");

	private static final int MAX_NAME_LENGTH = 100;

	public HubIdentity {
		Objects.requireNonNull(code, "bianmin.hub.code is required: the county's node code, e.g. YL");
		Objects.requireNonNull(name, "bianmin.hub.name is required: the centre's name, e.g. 云岭县政务服务中心");
		if (!NODE_CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("bianmin.hub.code must be 2 to 6 capital letters or digits starting "
					+ "with a letter, e.g. YL, but was '" + code + "'");
		}
		if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException(
					"bianmin.hub.name must be 1 to " + MAX_NAME_LENGTH + " characters, but was '" + name + "'");
		}
	}

	/** The hub is always the county level of the network. */
	public NodeLevel level() {
		return NodeLevel.COUNTY;
	}

}
