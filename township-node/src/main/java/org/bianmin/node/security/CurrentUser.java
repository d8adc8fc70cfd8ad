package org.bianmin.node.security;

import java.util.Optional;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.bianmin.node.staff.StaffPrincipal;

import org.springframework.stereotype.Component;

/**
 * The member of staff logged in to the current UI: who they are (ID, name, roles, node)
 * and how to log them out.
 */
@Component
public class CurrentUser {

	private final AuthenticationContext authenticationContext;

	CurrentUser(AuthenticationContext authenticationContext) {
		this.authenticationContext = authenticationContext;
	}

	/** The logged-in member of staff, empty on pages open to everyone. */
	public Optional<StaffPrincipal> get() {
		return this.authenticationContext.getAuthenticatedUser(StaffPrincipal.class);
	}

	/**
	 * The logged-in member of staff, on pages that need a login.
	 * @throws IllegalStateException if nobody is logged in
	 */
	public StaffPrincipal require() {
		return get().orElseThrow(() -> new IllegalStateException("nobody is logged in"));
	}

	public void logout() {
		this.authenticationContext.logout();
	}

}
