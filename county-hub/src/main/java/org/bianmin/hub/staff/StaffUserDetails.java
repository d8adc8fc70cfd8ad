package org.bianmin.hub.staff;

import java.util.Collection;
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
 * The principal of a signed-in staff member: Spring Security's view of a
 * {@link StaffMember}, carrying what the screens need (ID, name, roles, place) so that
 * they never look the account up again. Each role becomes the authority
 * {@code ROLE_<NAME>}.
 */
public final class StaffUserDetails implements UserDetails, CredentialsContainer {

	private final UUID id;

	private final String username;

	private final String displayName;

	private final Set<Role> roles;

	private final String nodeCode;

	private final @Nullable String department;

	private final boolean enabled;

	private final List<GrantedAuthority> authorities;

	// erased after a successful login, so the session never holds the hash
	private @Nullable String passwordHash;

	StaffUserDetails(StaffMember member) {
		StaffMember.Data data = member.data();
		this.id = member.id();
		this.username = data.username();
		this.displayName = data.displayName();
		this.roles = data.roles();
		this.nodeCode = data.nodeCode();
		this.department = data.department();
		this.enabled = data.enabled();
		this.passwordHash = data.passwordHash();
		this.authorities = this.roles.stream()
			.<GrantedAuthority>map((role) -> new SimpleGrantedAuthority(authority(role)))
			.toList();
	}

	/**
	 * The Spring Security authority of a role: {@code ROLE_ADMIN} for {@link Role#ADMIN}.
	 */
	public static String authority(Role role) {
		return "ROLE_" + role.name();
	}

	public UUID id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Set<Role> roles() {
		return this.roles;
	}

	public String nodeCode() {
		return this.nodeCode;
	}

	public @Nullable String department() {
		return this.department;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.authorities;
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

	// the security context compares principals: two logins of one account are the same
	// user
	@Override
	public boolean equals(Object other) {
		return other instanceof StaffUserDetails that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "StaffUserDetails[id=" + this.id + ", username=" + this.username + ", roles=" + this.roles + "]";
	}

}
