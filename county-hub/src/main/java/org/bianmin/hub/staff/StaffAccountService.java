package org.bianmin.hub.staff;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bianmin.hub.audit.AuditAction;
import org.bianmin.hub.audit.AuditTrail;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.node.NodeCode;

import org.bianmin.hub.staff.persistence.StaffRepository;
import org.bianmin.model.staff.Role;
import org.bianmin.model.sync.SyncedStaff;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: finds the account behind a login name, and every change to accounts
 * (opening, editing, enabling and disabling, password reset, A/B post). Every change goes
 * through here: it is audited and announced as a {@link StaffAccountChanged} event in its
 * transaction, so that the sync feature sends the account down to the nodes concerned.
 */
@Service
public class StaffAccountService implements UserDetailsService {

	/** The shortest password an administrator may set. */
	public static final int MIN_PASSWORD_LENGTH = 8;

	private final StaffRepository staff;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	StaffAccountService(StaffRepository staff, PasswordEncoder passwordEncoder, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.staff = staff;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
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
		changed(member.id(), member.data().nodeCode());
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

	/** Every account, by place and then login name, without password hashes. */
	@Transactional(readOnly = true)
	public List<StaffAccount> accounts() {
		Map<UUID, UUID> backups = this.staff.backups();
		return this.staff.findAll()
			.stream()
			.map((member) -> StaffAccount.of(member, backups.get(member.id())))
			.toList();
	}

	/**
	 * Opens an account, enabled, as an administrator.
	 * @return the new account
	 * @throws StaffAdminException if the username is taken or the password too short
	 * @throws IllegalArgumentException if a value breaks the account rules
	 */
	@Transactional
	public StaffAccount open(Registration registration, CharSequence rawPassword, StaffRef by) {
		requireStrong(rawPassword);
		if (this.staff.existsByUsername(registration.username())) {
			throw new StaffAdminException("staff.problem.username-taken");
		}
		StaffMember member = StaffMember.create(new StaffMember.Data(registration.username(),
				registration.displayName(), this.passwordEncoder.encode(rawPassword), true, registration.nodeCode(),
				registration.department(), registration.roles()));
		this.staff.insert(member);
		this.audit.record(by, AuditAction.USER_CREATED, registration.username(), describe(member.data()));
		changed(member.id(), member.data().nodeCode());
		return StaffAccount.of(member, null);
	}

	/**
	 * Changes an account's name, place, department and roles.
	 * @param version the version the administrator edited
	 * @throws org.springframework.dao.OptimisticLockingFailureException if it changed
	 * meanwhile
	 */
	@Transactional
	public StaffAccount change(UUID id, long version, Changes changes, StaffRef by) {
		StaffMember member = load(id, version);
		StaffMember.Data before = member.data();
		StaffMember.Data after = new StaffMember.Data(before.username(), changes.displayName(), before.passwordHash(),
				before.enabled(), changes.nodeCode(), changes.department(), changes.roles());
		StaffMember updated = this.staff.update(member.withData(after));
		this.audit.record(by, AuditAction.USER_UPDATED, before.username(), describe(before) + " → " + describe(after));
		changed(id, before.nodeCode());
		if (!before.nodeCode().equals(after.nodeCode())) {
			changed(id, after.nodeCode());
		}
		return StaffAccount.of(updated, this.staff.backups().get(id));
	}

	/**
	 * Enables or disables an account; a disabled account cannot log in, here or at a node
	 * once the change has synced.
	 * @throws StaffAdminException if an administrator tries to disable their own account
	 */
	@Transactional
	public StaffAccount setEnabled(UUID id, long version, boolean enabled, StaffRef by) {
		StaffMember member = load(id, version);
		if (!enabled && member.data().username().equals(by.userId())) {
			throw new StaffAdminException("staff.problem.disable-self");
		}
		StaffMember updated = this.staff.update(member.withData(member.data().withEnabled(enabled)));
		this.audit.record(by, enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, member.data().username(),
				"");
		changed(id, member.data().nodeCode());
		return StaffAccount.of(updated, this.staff.backups().get(id));
	}

	/**
	 * Sets a new password (bcrypt) for an account, e.g. for a clerk who forgot theirs.
	 * @throws StaffAdminException if the password is too short
	 */
	@Transactional
	public StaffAccount resetPassword(UUID id, long version, CharSequence rawPassword, StaffRef by) {
		requireStrong(rawPassword);
		StaffMember member = load(id, version);
		StaffMember.Data data = member.data();
		StaffMember updated = this.staff.update(member.withData(
				new StaffMember.Data(data.username(), data.displayName(), this.passwordEncoder.encode(rawPassword),
						data.enabled(), data.nodeCode(), data.department(), data.roles())));
		// never the password, nor its hash
		this.audit.record(by, AuditAction.PASSWORD_RESET, data.username(), "");
		changed(id, data.nodeCode());
		return StaffAccount.of(updated, this.staff.backups().get(id));
	}

	/**
	 * Names an account's backup (B岗), or clears it with {@code null}.
	 * @throws StaffAdminException if the backup is the person themself, works elsewhere
	 * or is disabled
	 */
	@Transactional
	public void setBackup(UUID id, @Nullable UUID backupId, StaffRef by) {
		StaffMember member = this.staff.findById(id).orElseThrow(() -> new StaffAdminException("staff.problem.gone"));
		String details = "";
		if (backupId != null) {
			StaffMember backup = this.staff.findById(backupId)
				.orElseThrow(() -> new StaffAdminException("staff.problem.gone"));
			if (backupId.equals(id)) {
				throw new StaffAdminException("staff.problem.backup-self");
			}
			if (!backup.data().nodeCode().equals(member.data().nodeCode())) {
				throw new StaffAdminException("staff.problem.backup-elsewhere");
			}
			if (!backup.data().enabled()) {
				throw new StaffAdminException("staff.problem.backup-disabled");
			}
			details = "B岗：" + backup.data().username();
		}
		this.staff.setBackup(id, backupId);
		this.audit.record(by, AuditAction.AB_POST_CHANGED, member.data().username(),
				details.isEmpty() ? "取消B岗" : details);
		changed(id, member.data().nodeCode());
	}

	private StaffMember load(UUID id, long version) {
		StaffMember member = this.staff.findById(id).orElseThrow(() -> new StaffAdminException("staff.problem.gone"));
		if (member.version() != version) {
			throw new OptimisticLockingFailureException("staff account " + id + " changed since version " + version);
		}
		return member;
	}

	private void changed(UUID id, String nodeCode) {
		this.events.publishEvent(new StaffAccountChanged(id, NodeCode.of(nodeCode)));
	}

	private static void requireStrong(CharSequence rawPassword) {
		if (rawPassword.length() < MIN_PASSWORD_LENGTH) {
			throw new StaffAdminException("staff.problem.password-short");
		}
	}

	private static String describe(StaffMember.Data data) {
		return data.displayName() + "，" + data.nodeCode() + ((data.department() != null) ? "，" + data.department() : "")
				+ "，" + data.roles();
	}

	/**
	 * What an administrator may change about an account, apart from the login name, the
	 * password and whether it is enabled.
	 *
	 * @param displayName the person's name
	 * @param nodeCode where the person works
	 * @param department a reviewer's department, or {@code null}
	 * @param roles what the person may do
	 */
	public record Changes(String displayName, String nodeCode, @Nullable String department, Set<Role> roles) {

		public Changes {
			roles = Set.copyOf(roles);
		}

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
