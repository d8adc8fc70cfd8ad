package org.bianmin.hub.demo;

import java.util.List;
import java.util.Objects;

import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;

/**
 * {@code bianmin.demo.*} from application-demo.yml: the made-up staff of the demo county.
 *
 * @param password the password of every demo user; for demonstrations only
 * @param users the demo staff of this hub
 */
@Profile("demo")
@ConfigurationProperties("bianmin.demo")
record DemoProperties(String password, List<DemoUser> users, @Nullable List<DemoNode> nodes) {

	DemoProperties {
		Objects.requireNonNull(password, "bianmin.demo.password");
		users = List.copyOf(users);
		nodes = (nodes == null) ? List.of() : List.copyOf(nodes);
	}

	/**
	 * A node of the demo network with its demo-only secret and its staff.
	 *
	 * @param code the node code
	 * @param level TOWNSHIP or VILLAGE
	 * @param parentTownship a village's township
	 * @param name the display name
	 * @param secret the demo secret the demo node is configured with
	 * @param users the node's staff
	 */
	record DemoNode(NodeCode code, NodeLevel level, @Nullable NodeCode parentTownship, String name, String secret,
			List<DemoUser> users) {

		DemoNode {
			users = (users == null) ? List.of() : List.copyOf(users);
		}

	}

	/**
	 * One made-up staff member.
	 *
	 * @param username login name
	 * @param displayName made-up name
	 * @param role the one role the demo gives them
	 * @param department a reviewer's department, else {@code null}
	 */
	record DemoUser(String username, String displayName, Role role, @Nullable String department) {
	}

}
