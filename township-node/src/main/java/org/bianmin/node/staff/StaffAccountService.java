package org.bianmin.node.staff;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bianmin.model.staff.Role;
import org.bianmin.model.sync.SyncedStaff;
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
		return enrolIfAbsent(UUID.randomUUID(), enrolment, password);
	}

	/**
	 * Enrols a member of staff under a given id unless an account with that id or
	 * username exists already (the hub's copy may have arrived first): the demo gives its
	 * accounts the ids the hub's demo gives them, so that the hub's accounts replace them
	 * cleanly at the first sync.
	 * @return whether a new account was created
	 */
	@Transactional
	public boolean enrolIfAbsent(UUID id, Enrolment enrolment, CharSequence password) {
		if (this.staff.existsByUsername(enrolment.username()) || this.staff.stored(id).isPresent()) {
			return false;
		}
		this.staff.insert(new StaffAccount(id, 0,
				new StaffAccount.Data(enrolment.username(), enrolment.displayName(),
						this.passwordEncoder.encode(password), true, enrolment.nodeCode(), enrolment.department(),
						enrolment.roles())));
		log.info("Enrolled staff account {} ({}) at node {}", enrolment.username(), enrolment.roles(),
				enrolment.nodeCode());
		return true;
	}

	/**
	 * Takes in an account the hub sent (docs/sync-protocol.md section 6.3), in the
	 * caller's transaction: it replaces the node's account with its id when it is newer,
	 * or when the node's was seeded here before the first sync; an account here with the
	 * same username and another id gives way to it.
	 * @return whether the node's accounts changed
	 */
	@Transactional
	public boolean receive(SyncedStaff synced) {
		Optional<StaffRepository.Stored> held = this.staff.stored(synced.id());
		if (held.isPresent() && held.get().fromHub() && held.get().version() >= synced.version()) {
			return false;
		}
		this.staff.replaceFromHub(new StaffAccount(synced.id(), Math.max(0, synced.version()),
				new StaffAccount.Data(synced.username(), synced.displayName(), synced.passwordHash(), synced.enabled(),
						synced.node().value(), synced.department(), synced.roles())));
		log.info("Took in staff account {} ({}, version {}) from the hub", synced.username(), synced.roles(),
				synced.version());
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
