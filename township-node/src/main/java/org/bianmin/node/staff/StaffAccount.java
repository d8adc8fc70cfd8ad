package org.bianmin.node.staff;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;

/**
 * A member of staff who may log in at this node. The ID is made where the account is
 * created, so accounts made offline never need renumbering.
 *
 * @param id the account's ID
 * @param version optimistic-lock version, 0 for a new account
 * @param data what the account holds
 */
public record StaffAccount(UUID id, long version, Data data) {

	public StaffAccount {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(data, "data");
		if (version < 0) {
			throw new IllegalArgumentException("version must not be negative: " + version);
		}
	}

	/** A new account, not stored yet. */
	public static StaffAccount create(Data data) {
		return new StaffAccount(UUID.randomUUID(), 0, data);
	}

	public StaffAccount withData(Data newData) {
		return new StaffAccount(this.id, this.version, newData);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffAccount account && this.id.equals(account.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	/**
	 * What a staff account holds.
	 *
	 * @param username the login name: lower-case letters, digits, {@code . _ -}, starting
	 * with a letter
	 * @param displayName the person's name as shown in the UI, e.g. 周晓燕
	 * @param passwordHash the encoded password ({@code {bcrypt}...}); never the password
	 * @param enabled whether the account may log in
	 * @param nodeCode the code of the node the person works at
	 * @param department the county department of a reviewer, otherwise {@code null}
	 * @param roles what the person may do; at least one
	 */
	public record Data(String username, String displayName, String passwordHash, boolean enabled, String nodeCode,
			@Nullable String department, Set<Role> roles) {

		private static final Pattern USERNAME_CHARACTERS = Pattern.compile("[a-z0-9._-]+");

		// becomes NodeCode once shared-model has it
		private static final Pattern NODE_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,5}");

		public Data {
			requireLength("username", username, 2, 64);
			if (!USERNAME_CHARACTERS.matcher(username).matches()) {
				throw new IllegalArgumentException(
						"username may hold only lower-case letters, digits, '.', '_' and '-': " + username);
			}
			if (!Character.isLetter(username.charAt(0))) {
				throw new IllegalArgumentException("username must start with a letter: " + username);
			}
			requireLength("displayName", displayName, 1, 100);
			if (displayName.isBlank()) {
				throw new IllegalArgumentException("displayName must not be blank");
			}
			requireLength("passwordHash", passwordHash, 1, 200);
			requireLength("nodeCode", nodeCode, 2, 6);
			if (!NODE_CODE.matcher(nodeCode).matches()) {
				throw new IllegalArgumentException("nodeCode must be an upper-case letter followed by upper-case"
						+ " letters or digits: " + nodeCode);
			}
			if (department != null) {
				requireLength("department", department, 1, 100);
			}
			Objects.requireNonNull(roles, "roles");
			if (roles.isEmpty()) {
				throw new IllegalArgumentException("a staff account needs at least one role: " + username);
			}
			roles = Set.copyOf(roles);
		}

		private static void requireLength(String name, @Nullable String value, int min, int max) {
			Objects.requireNonNull(value, name);
			if (value.length() < min || value.length() > max) {
				throw new IllegalArgumentException(
						name + " must be " + min + " to " + max + " characters long, but has " + value.length());
			}
		}

	}

}
