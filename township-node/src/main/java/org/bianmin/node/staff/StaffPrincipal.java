package org.bianmin.node.staff;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in member of staff as Spring Security holds it in the session. A class, not
 * a record: Spring Security erases the password hash after the login, so it must be
 * mutable.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;

	private final String username;

	private final String displayName;

	private final String nodeCode;

	private final @Nullable String department;

	private final Set<Role> roles;

	private final boolean enabled;

	private @Nullable String passwordHash;

	StaffPrincipal(StaffAccount account) {
		StaffAccount.Data data = account.data();
		this.id = account.id();
		this.username = data.username();
		this.displayName = data.displayName();
		this.nodeCode = data.nodeCode();
		this.department = data.department();
		this.roles = EnumSet.copyOf(data.roles());
		this.enabled = data.enabled();
		this.passwordHash = data.passwordHash();
	}

	public UUID id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public String nodeCode() {
		return this.nodeCode;
	}

	public @Nullable String department() {
		return this.department;
	}

	/** The roles in the enum's order, so that they always show in the same order. */
	public List<Role> roles() {
		return List.copyOf(this.roles);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority(authority(role))).toList();
	}

	/** Spring Security's authority for a role: {@code ROLE_WINDOW_CLERK}. */
	public static String authority(Role role) {
		return "ROLE_" + role.name();
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffPrincipal principal && this.id.equals(principal.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + this.username + ", " + this.roles + ", " + this.nodeCode + "]";
	}

}
