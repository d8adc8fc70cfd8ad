package org.bianmin.node.staff;

import java.util.Set;

import org.bianmin.model.staff.Role;
import org.bianmin.node.staff.persistence.StaffRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: the login looks them up here, and new accounts are enrolled here (with
 * the password hashed, never stored as given).
 */
@Service
public class StaffAccountService implements UserDetailsService {

	private static final Logger log = LoggerFactory.getLogger(StaffAccountService.class);

	private final StaffRepository staff;

	private final PasswordEncoder passwordEncoder;

	StaffAccountService(StaffRepository staff, PasswordEncoder passwordEncoder) {
		this.staff = staff;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	@Transactional(readOnly = true)
	public StaffPrincipal loadUserByUsername(String username) {
		return this.staff.findByUsername(username)
			.map(StaffPrincipal::new)
			.orElseThrow(() -> new UsernameNotFoundException("no staff account " + username));
	}

	/**
	 * Enrols a member of staff unless an account with that username exists already (then
	 * it is left as it is).
	 * @return whether a new account was created
	 */
	@Transactional
	public boolean enrolIfAbsent(Enrolment enrolment, CharSequence password) {
		if (this.staff.existsByUsername(enrolment.username())) {
			return false;
		}
		this.staff.insert(StaffAccount.create(new StaffAccount.Data(enrolment.username(), enrolment.displayName(),
				this.passwordEncoder.encode(password), true, enrolment.nodeCode(), enrolment.department(),
				enrolment.roles())));
		log.info("Enrolled staff account {} ({}) at node {}", enrolment.username(), enrolment.roles(),
				enrolment.nodeCode());
		return true;
	}

	/**
	 * A member of staff to enrol.
	 *
	 * @param username the login name
	 * @param displayName the person's name
	 * @param nodeCode the node they work at
	 * @param department their county department, or {@code null}
	 * @param roles what they may do
	 */
	public record Enrolment(String username, String displayName, String nodeCode, @Nullable String department,
			Set<Role> roles) {
	}

}
