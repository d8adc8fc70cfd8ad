package org.bianmin.hub.identity;

import java.util.Objects;

import org.bianmin.model.cases.NetworkPlace;
import org.bianmin.model.node.NodeCode;
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
public record HubIdentity(NodeCode code, String name) {

	private static final int MAX_NAME_LENGTH = 100;

	public HubIdentity {
		Objects.requireNonNull(code, "bianmin.hub.code is required: the county's node code, e.g. YL");
		Objects.requireNonNull(name, "bianmin.hub.name is required: the centre's name, e.g. 云岭县政务服务中心");
		if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException(
					"bianmin.hub.name must be 1 to " + MAX_NAME_LENGTH + " characters, but was '" + name + "'");
		}
	}

	/** The hub is always the county level of the network. */
	public NodeLevel level() {
		return NodeLevel.COUNTY;
	}

	/** Where the hub's own commands on cases are given. */
	public NetworkPlace place() {
		return NetworkPlace.county(this.code);
	}

}
