package org.bianmin.hub.staff;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.bianmin.hub.staff.persistence.StaffRepository;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.staff.Role;
import org.bianmin.model.sync.SyncedStaff;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts as logins see them: finds the account behind a login name, and registers
 * new accounts with an encoded password. Owns the transactions of both, and publishes
 * {@link StaffAccountChanged} in them for every change, so the account reaches its node.
 */
@Service
public class StaffAccountService implements UserDetailsService {

	private final StaffRepository staff;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	StaffAccountService(StaffRepository staff, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
		this.staff = staff;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
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
		return registerIfAbsent(UUID.randomUUID(), registration, rawPassword);
	}

	/**
	 * Like {@link #registerIfAbsent(Registration, CharSequence)}, with a given id: the
	 * demo gives its node accounts the ids the demo nodes give them, so that the hub's
	 * accounts replace the nodes' own seeds cleanly when they are synced down.
	 * @return whether an account was created
	 */
	@Transactional
	public boolean registerIfAbsent(UUID id, Registration registration, CharSequence rawPassword) {
		if (this.staff.existsByUsername(registration.username())) {
			return false;
		}
		StaffMember member = new StaffMember(id, 0,
				new StaffMember.Data(registration.username(), registration.displayName(),
						this.passwordEncoder.encode(rawPassword), true, registration.nodeCode(),
						registration.department(), registration.roles()));
		this.staff.insert(member);
		changed(member);
		return true;
	}

	/** The ids of the accounts of a node. */
	@Transactional(readOnly = true)
	public List<UUID> accountIdsOf(NodeCode node) {
		return this.staff.idsByNode(node.value());
	}

	/**
	 * The accounts, as the sync feed sends them to their nodes (with the password hash,
	 * never the password); accounts that no longer exist are left out.
	 */
	@Transactional(readOnly = true)
	public List<SyncedStaff> forSync(Collection<UUID> ids) {
		return this.staff.findAllById(ids)
			.stream()
			.map((member) -> new SyncedStaff(member.id(), member.data().username(), member.data().displayName(),
					member.data().passwordHash(), member.data().enabled(), NodeCode.of(member.data().nodeCode()),
					member.data().department(), member.data().roles(), member.version()))
			.toList();
	}

	private void changed(StaffMember member) {
		this.events.publishEvent(new StaffAccountChanged(member.id(), NodeCode.of(member.data().nodeCode())));
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
