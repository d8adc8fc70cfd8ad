package org.bianmin.hub.security;

import java.util.Optional;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.bianmin.hub.staff.StaffUserDetails;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, for views and services. Reads the security context of the current
 * request or Vaadin UI, so one instance serves every user.
 */
@Component
public class CurrentUser {

	private final AuthenticationContext authenticationContext;

	CurrentUser(AuthenticationContext authenticationContext) {
		this.authenticationContext = authenticationContext;
	}

	public Optional<SignedInUser> get() {
		return this.authenticationContext.getAuthenticatedUser(StaffUserDetails.class)
			.map((user) -> new SignedInUser(user.id(), user.getUsername(), user.displayName(), user.roles(),
					user.nodeCode(), user.department()));
	}

	/**
	 * The signed-in user, for screens that can only be reached after login.
	 * @throws AccessDeniedException if nobody is signed in
	 */
	public SignedInUser require() {
		return get().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
	}

	/** Ends the session and returns to the login view. */
	public void logout() {
		this.authenticationContext.logout();
	}

}
