package org.bianmin.hub.staff;

import java.util.Locale;
import java.util.Set;

import org.bianmin.hub.staff.persistence.StaffRepository;
import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts as logins see them: finds the account behind a login name, and registers
 * new accounts with an encoded password. Owns the transactions of both.
 */
@Service
public class StaffAccountService implements UserDetailsService {

	private final StaffRepository staff;

	private final PasswordEncoder passwordEncoder;

	StaffAccountService(StaffRepository staff, PasswordEncoder passwordEncoder) {
		this.staff = staff;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * Finds the account for a login. Login names are stored in lower case; what the user
	 * typed is matched without regard to case, so "Admin" finds "admin".
	 */
	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.staff.findByUsername(username.strip().toLowerCase(Locale.ROOT))
			.map(StaffUserDetails::new)
			.orElseThrow(() -> new UsernameNotFoundException("No staff account with this username"));
	}

	/**
	 * Creates an enabled account unless one with the username exists (then nothing
	 * changes), so that seeding can run at every start.
	 * @return whether an account was created
	 */
	@Transactional
	public boolean registerIfAbsent(Registration registration, CharSequence rawPassword) {
		if (this.staff.existsByUsername(registration.username())) {
			return false;
		}
		this.staff.insert(StaffMember.create(new StaffMember.Data(registration.username(), registration.displayName(),
				this.passwordEncoder.encode(rawPassword), true, registration.nodeCode(), registration.department(),
				registration.roles())));
		return true;
	}

	/**
	 * What it takes to open an account, apart from the password.
	 *
	 * @param username the login name (lower case)
	 * @param displayName the person's name
	 * @param nodeCode where the person works
	 * @param department the reviewer's department, or {@code null}
	 * @param roles what the person may do
	 */
	public record Registration(String username, String displayName, String nodeCode, @Nullable String department,
			Set<Role> roles) {

		public Registration {
			roles = Set.copyOf(roles);
		}

	}

}
