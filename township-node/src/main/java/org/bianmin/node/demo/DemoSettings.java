package org.bianmin.node.demo;

import java.util.List;

import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The made-up staff of this demo node ({@code bianmin.demo.users}): the township's list
 * is in {@code application-demo.yml}, the village's replaces it in
 * {@code application-village.yml}.
 *
 * @param users the demo users, each with one role
 */
@ConfigurationProperties("bianmin.demo")
public record DemoSettings(List<DemoUser> users) {

	/**
	 * The one password of every demo user. Demo only: real accounts come from the hub.
	 */
	public static final String PASSWORD = "demo";

	public DemoSettings {
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	/**
	 * A demo user.
	 *
	 * @param username the login name
	 * @param displayName a made-up name
	 * @param role the user's role
	 * @param department a county department, or {@code null}
	 */
	public record DemoUser(String username, String displayName, Role role, @Nullable String department) {
	}

}
