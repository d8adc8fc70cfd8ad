package org.bianmin.hub.staff;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;

/**
 * A staff account as the administration screen lists it: everything but the password
 * hash, plus the A/B post backup.
 *
 * @param id the account
 * @param version its optimistic-locking version, to hand back with a change
 * @param username the login name
 * @param displayName the person's name
 * @param enabled whether the account may log in
 * @param nodeCode where the person works (the hub's own code for county staff)
 * @param department a reviewer's department, or {@code null}
 * @param roles what the person may do
 * @param backupId the account of the person's backup (B岗), if one is named
 */
public record StaffAccount(UUID id, long version, String username, String displayName, boolean enabled, String nodeCode,
		@Nullable String department, Set<Role> roles, @Nullable UUID backupId) {

	public StaffAccount {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(displayName, "displayName");
		Objects.requireNonNull(nodeCode, "nodeCode");
		roles = Set.copyOf(roles);
	}

	static StaffAccount of(StaffMember member, @Nullable UUID backupId) {
		StaffMember.Data data = member.data();
		return new StaffAccount(member.id(), member.version(), data.username(), data.displayName(), data.enabled(),
				data.nodeCode(), data.department(), data.roles(), backupId);
	}

}
