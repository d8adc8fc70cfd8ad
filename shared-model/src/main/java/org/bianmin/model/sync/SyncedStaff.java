package org.bianmin.model.sync;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.bianmin.model.node.NodeCode;
import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;

/**
 * A staff account as the hub sends it to the account's node, so the person can log in
 * there even offline. The hash is the hub's stored password hash with its encoder prefix
 * (e.g. {@code {bcrypt}$2a$10$...}); the password itself never travels.
 *
 * @param id the account's id, the same at hub and node
 * @param username the login name, unique county-wide
 * @param displayName the person's name as shown
 * @param passwordHash the delegating encoder's hash
 * @param enabled whether the person may log in
 * @param node the node the person works at
 * @param department the department, for county reviewers only
 * @param roles the roles
 * @param version counts changes at the hub; a node keeps the highest it has seen
 */
public record SyncedStaff(UUID id, String username, String displayName, String passwordHash, boolean enabled,
		NodeCode node, @Nullable String department, Set<Role> roles, long version) {

	public SyncedStaff {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(passwordHash, "passwordHash");
		Objects.requireNonNull(node, "node");
		roles = Set.copyOf(roles);
	}

	@Override
	public String toString() {
		return "SyncedStaff[" + this.username + "@" + this.node + " " + this.roles + " v" + this.version + "]";
	}

}
