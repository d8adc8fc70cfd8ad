package org.bianmin.hub.staff;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bianmin.hub.IntegrationTest;
import org.bianmin.hub.audit.AuditAction;
import org.bianmin.hub.audit.AuditEntry;
import org.bianmin.hub.audit.AuditTrail;
import org.bianmin.hub.staff.StaffAccountService.Registration;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.staff.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An administrator's changes to staff accounts: each is audited and announced as a
 * {@link StaffAccountChanged} for every node concerned.
 */
@IntegrationTest
@RecordApplicationEvents
class StaffAdministrationTest {

	private static final StaffRef ADMIN = new StaffRef("admin", "赵建国");

	@Autowired
	private StaffAccountService accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private AuditTrail audit;

	@Autowired
	private ApplicationEvents events;

	@Test
	void opening_an_account_is_audited_and_announced_for_its_node() {
		StaffAccount clerk = open("clerk.qs1", "QS");

		assertThat(this.events.stream(StaffAccountChanged.class))
			.containsExactly(new StaffAccountChanged(clerk.id(), NodeCode.of("QS")));
		assertThat(latest().action()).isEqualTo(AuditAction.USER_CREATED);
		assertThat(latest().target()).isEqualTo("clerk.qs1");
		assertThat(latest().who()).isEqualTo(ADMIN);
		assertThat(this.accounts.accounts()).extracting(StaffAccount::username).contains("clerk.qs1");
	}

	@Test
	void moving_a_person_to_another_node_tells_both_nodes() {
		StaffAccount clerk = open("clerk.move", "QS");

		this.accounts.change(clerk.id(), clerk.version(),
				new StaffAccountService.Changes("周晓燕", "HX", null, Set.of(Role.WINDOW_CLERK)), ADMIN);

		assertThat(this.events.stream(StaffAccountChanged.class)).containsExactly(
				new StaffAccountChanged(clerk.id(), NodeCode.of("QS")),
				new StaffAccountChanged(clerk.id(), NodeCode.of("QS")),
				new StaffAccountChanged(clerk.id(), NodeCode.of("HX")));
		assertThat(latest().action()).isEqualTo(AuditAction.USER_UPDATED);
	}

	@Test
	void a_disabled_account_can_no_longer_log_in_and_an_admin_cannot_disable_themself() {
		StaffAccount clerk = open("clerk.leaves", "QS");

		StaffAccount disabled = this.accounts.setEnabled(clerk.id(), clerk.version(), false, ADMIN);

		assertThat(disabled.enabled()).isFalse();
		assertThat(this.accounts.loadUserByUsername("clerk.leaves").isEnabled()).isFalse();
		assertThat(latest().action()).isEqualTo(AuditAction.USER_DISABLED);
		StaffAccount self = open("admin.self", "YL");
		assertThatExceptionOfType(StaffAdminException.class)
			.isThrownBy(
					() -> this.accounts.setEnabled(self.id(), self.version(), false, new StaffRef("admin.self", "管理员")))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("staff.problem.disable-self"));
	}

	@Test
	void a_password_reset_stores_a_bcrypt_hash_of_the_new_password_and_audits_no_secret() {
		StaffAccount clerk = open("clerk.forgot", "QS");

		this.accounts.resetPassword(clerk.id(), clerk.version(), "new-secret-2026", ADMIN);

		String hash = this.accounts.loadUserByUsername("clerk.forgot").getPassword();
		assertThat(hash).startsWith("{bcrypt}");
		assertThat(this.passwordEncoder.matches("new-secret-2026", hash)).isTrue();
		assertThat(latest().action()).isEqualTo(AuditAction.PASSWORD_RESET);
		assertThat(latest().details()).doesNotContain("new-secret-2026").doesNotContain("bcrypt");
		assertThatExceptionOfType(StaffAdminException.class)
			.isThrownBy(() -> this.accounts.resetPassword(clerk.id(), clerk.version() + 1, "short", ADMIN));
	}

	@Test
	void a_stale_edit_is_refused() {
		StaffAccount clerk = open("clerk.stale", "QS");
		this.accounts.setEnabled(clerk.id(), clerk.version(), false, ADMIN);

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.accounts.setEnabled(clerk.id(), clerk.version(), true, ADMIN));
	}

	@Test
	void a_backup_must_work_at_the_same_node() {
		StaffAccount clerk = open("clerk.a", "QS");
		StaffAccount colleague = open("clerk.b", "QS");
		StaffAccount elsewhere = open("clerk.c", "HX");

		this.accounts.setBackup(clerk.id(), colleague.id(), ADMIN);

		assertThat(this.accounts.accounts()).filteredOn((account) -> account.id().equals(clerk.id()))
			.extracting(StaffAccount::backupId)
			.containsExactly(colleague.id());
		assertThat(latest().action()).isEqualTo(AuditAction.AB_POST_CHANGED);
		assertThatExceptionOfType(StaffAdminException.class)
			.isThrownBy(() -> this.accounts.setBackup(clerk.id(), elsewhere.id(), ADMIN))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("staff.problem.backup-elsewhere"));
		this.accounts.setBackup(clerk.id(), null, ADMIN);
		assertThat(this.accounts.accounts()).filteredOn((account) -> account.id().equals(clerk.id()))
			.extracting(StaffAccount::backupId)
			.containsOnlyNulls();
	}

	@Test
	void a_taken_username_or_a_short_password_is_refused() {
		open("clerk.taken", "QS");

		assertThatExceptionOfType(StaffAdminException.class).isThrownBy(() -> open("clerk.taken", "QS"));
		assertThatExceptionOfType(StaffAdminException.class).isThrownBy(() -> this.accounts
			.open(new Registration("clerk.short", "短密码", "QS", null, Set.of(Role.WINDOW_CLERK)), "1234567", ADMIN));
	}

	private StaffAccount open(String username, String node) {
		return this.accounts.open(new Registration(username, "周晓燕", node, null, Set.of(Role.WINDOW_CLERK)),
				"password-" + UUID.randomUUID(), ADMIN);
	}

	private AuditEntry latest() {
		List<AuditEntry> page = this.audit.page(0, 1);
		return page.getFirst();
	}

}
