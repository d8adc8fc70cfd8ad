package org.bianmin.hub.security;

import java.util.Set;
import java.util.UUID;

import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;

/**
 * The staff member using the current screen.
 *
 * @param id the account's ID
 * @param username the login name
 * @param displayName the person's name
 * @param roles what the person may do, in the enum's order
 * @param nodeCode where the person works
 * @param department the reviewer's department, or {@code null}
 */
public record SignedInUser(UUID id, String username, String displayName, Set<Role> roles, String nodeCode,
		@Nullable String department) {

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
