package org.bianmin.hub.staff.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.bianmin.hub.staff.StaffMember;
import org.bianmin.model.staff.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What every database under the {@link StaffRepository} must do. Written once, run on H2
 * ({@link StaffRepositoryH2Test}) and on PostgreSQL
 * ({@link StaffRepositoryPostgresTest}). Each test runs in a transaction that is rolled
 * back.
 */
@Transactional
abstract class StaffRepositoryContract {

	@Autowired
	private StaffRepository repository;

	@Autowired
	private DataSource dataSource;

	/**
	 * The product name the JDBC driver reports, to prove the test ran where it claims.
	 */
	abstract String expectedDatabase();

	@Test
	void runs_on_the_database_it_is_named_for() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
		}
	}

	@Test
	void round_trips_every_property() {
		StaffMember reviewer = new StaffMember(UUID.randomUUID(), 0, new StaffMember.Data("reviewer.mz", "孙志强",
				"{bcrypt}$2a$10$abcdefghijklmnopqrstuv", true, "YL", "县民政局", Set.of(Role.REVIEWER, Role.SUPERVISOR)));

		this.repository.insert(reviewer);

		StaffMember found = this.repository.findById(reviewer.id()).orElseThrow();
		assertThat(found.id()).isEqualTo(reviewer.id());
		assertThat(found.version()).isZero();
		assertThat(found.data()).isEqualTo(reviewer.data());
		assertThat(found.data().department()).isEqualTo("县民政局");
		assertThat(found.data().roles()).containsExactly(Role.REVIEWER, Role.SUPERVISOR);
	}

	@Test
	void round_trips_an_account_without_department_or_roles() {
		StaffMember newcomer = new StaffMember(UUID.randomUUID(), 0,
				new StaffMember.Data("newcomer", "王小明", "{noop}x", false, "YL", null, Set.of()));

		this.repository.insert(newcomer);

		StaffMember found = this.repository.findByUsername("newcomer").orElseThrow();
		assertThat(found.data()).isEqualTo(newcomer.data());
		assertThat(found.data().department()).isNull();
		assertThat(found.data().roles()).isEmpty();
		assertThat(found.data().enabled()).isFalse();
	}

	@Test
	void finds_by_username_and_tells_whether_it_exists() {
		this.repository.insert(member("clerk.yl", Role.WINDOW_CLERK));

		assertThat(this.repository.findByUsername("clerk.yl")).isPresent();
		assertThat(this.repository.existsByUsername("clerk.yl")).isTrue();
		assertThat(this.repository.findByUsername("nobody")).isEmpty();
		assertThat(this.repository.existsByUsername("nobody")).isFalse();
		assertThat(this.repository.findById(UUID.randomUUID())).isEmpty();
	}

	@Test
	void refuses_a_second_account_with_a_taken_username() {
		this.repository.insert(member("twin", Role.ADMIN));

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.repository.insert(member("twin", Role.REVIEWER)));
	}

	@Test
	void update_replaces_data_and_roles_and_counts_the_version_up() {
		StaffMember stored = member("supervisor.yl", Role.SUPERVISOR);
		this.repository.insert(stored);
		StaffMember.Data changed = new StaffMember.Data("supervisor.yl", "钱丽华", "{noop}new", false, "QS", "县政务服务中心",
				Set.of(Role.ADMIN, Role.REVIEWER));

		StaffMember updated = this.repository.update(stored.withData(changed));

		assertThat(updated.version()).isEqualTo(1);
		StaffMember found = this.repository.findById(stored.id()).orElseThrow();
		assertThat(found.version()).isEqualTo(1);
		assertThat(found.data()).isEqualTo(changed);
	}

	@Test
	void refuses_an_update_based_on_a_stale_version() {
		StaffMember stored = member("admin.yl", Role.ADMIN);
		this.repository.insert(stored);
		this.repository.update(stored.withData(stored.data().withEnabled(false)));

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.repository.update(stored.withData(stored.data().withRoles(Set.of(Role.REVIEWER)))));
		assertThat(this.repository.findById(stored.id()).orElseThrow().data().roles()).containsExactly(Role.ADMIN);
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void refuses_to_write_outside_a_transaction() {
		StaffMember member = member("loner", Role.PROXY_AGENT);

		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.repository.insert(member));
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.repository.update(member));
		assertThat(this.repository.existsByUsername("loner")).isFalse();
	}

	private static StaffMember member(String username, Role role) {
		return StaffMember.create(new StaffMember.Data(username, "测试员", "{noop}demo", true, "YL", null, Set.of(role)));
	}

}
