package org.bianmin.hub.staff;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;

/**
 * A staff account: who may log in, where they work and what their roles let them do.
 * Equality is by ID, as for every entity; {@code version} guards against lost updates.
 *
 * @param id made once when the account is created, never reused
 * @param version the optimistic-locking version, 0 for an account not yet updated
 * @param data what an administrator edits
 */
public record StaffMember(UUID id, long version, Data data) {

	public StaffMember {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(data, "data");
		if (version < 0) {
			throw new IllegalArgumentException("version must not be negative: " + version);
		}
	}

	/** A new account with a fresh ID, not yet stored. */
	public static StaffMember create(Data data) {
		return new StaffMember(UUID.randomUUID(), 0, data);
	}

	public StaffMember withData(Data newData) {
		return new StaffMember(this.id, this.version, newData);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffMember that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		// the password hash stays out of logs
		return "StaffMember[id=" + this.id + ", version=" + this.version + ", username=" + this.data.username()
				+ ", nodeCode=" + this.data.nodeCode() + ", roles=" + this.data.roles() + "]";
	}

	/**
	 * The editable part of an account. Values are checked for size, then characters, then
	 * syntax, so an invalid account can't exist.
	 *
	 * @param username the login name: lower-case letters, digits, '.', '_' or '-',
	 * starting with a letter
	 * @param displayName the person's name as shown to colleagues, e.g. 赵建国
	 * @param passwordHash the encoded password, with its {@code {id}} prefix
	 * @param enabled whether the account may log in
	 * @param nodeCode the code of the place the person works at
	 * @param department the department a county reviewer decides for, or {@code null} for
	 * staff who serve all departments
	 * @param roles what the person may do; may be empty for an account being set up
	 */
	public record Data(String username, String displayName, String passwordHash, boolean enabled, String nodeCode,
			@Nullable String department, Set<Role> roles) {

		private static final Pattern USERNAME_CHARACTERS = Pattern.compile("[a-z0-9._-]+");

		private static final Pattern USERNAME_SYNTAX = Pattern.compile("[a-z][a-z0-9._-]*");

		// becomes NodeCode once shared-model has it
		private static final Pattern NODE_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,5}");

		public Data {
			Objects.requireNonNull(username, "username");
			Objects.requireNonNull(displayName, "displayName");
			Objects.requireNonNull(passwordHash, "passwordHash");
			Objects.requireNonNull(nodeCode, "nodeCode");
			Objects.requireNonNull(roles, "roles");
			requireLength("username", username, 2, 64);
			if (!USERNAME_CHARACTERS.matcher(username).matches()) {
				throw new IllegalArgumentException("username may only hold a-z, 0-9, '.', '_' and '-': " + username);
			}
			if (!USERNAME_SYNTAX.matcher(username).matches()) {
				throw new IllegalArgumentException("username must start with a letter: " + username);
			}
			requireLength("displayName", displayName, 1, 100);
			requireText("displayName", displayName);
			requireLength("passwordHash", passwordHash, 1, 200);
			requireText("passwordHash", passwordHash);
			if (!NODE_CODE.matcher(nodeCode).matches()) {
				throw new IllegalArgumentException(
						"nodeCode must be 2 to 6 capital letters or digits starting with a letter: " + nodeCode);
			}
			if (department != null) {
				requireLength("department", department, 1, 100);
				requireText("department", department);
			}
			roles = copyOf(roles);
		}

		public Data withEnabled(boolean newEnabled) {
			return new Data(this.username, this.displayName, this.passwordHash, newEnabled, this.nodeCode,
					this.department, this.roles);
		}

		public Data withRoles(Collection<Role> newRoles) {
			return new Data(this.username, this.displayName, this.passwordHash, this.enabled, this.nodeCode,
					this.department, Set.copyOf(newRoles));
		}

		@Override
		public String toString() {
			return "Data[username=" + this.username + ", displayName=" + this.displayName + ", enabled=" + this.enabled
					+ ", nodeCode=" + this.nodeCode + ", department=" + this.department + ", roles=" + this.roles + "]";
		}

		private static void requireLength(String name, String value, int min, int max) {
			int length = value.codePointCount(0, value.length());
			if (length < min || length > max) {
				throw new IllegalArgumentException(
						name + " must be " + min + " to " + max + " characters long, but has " + length);
			}
		}

		private static void requireText(String name, String value) {
			if (value.isBlank() || !value.strip().equals(value)) {
				throw new IllegalArgumentException(name + " must not be blank or start or end with spaces");
			}
			if (value.chars().anyMatch(Character::isISOControl)) {
				throw new IllegalArgumentException(name + " must not hold control characters");
			}
		}

		// an EnumSet keeps the roles in a stable order (the enum's) for display
		private static Set<Role> copyOf(Set<Role> roles) {
			return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
		}

	}

}
