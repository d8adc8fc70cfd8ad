package org.bianmin.node.staff.persistence;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.bianmin.model.staff.Role;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.staff.StaffAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@TownshipNodeTest
class JooqStaffRepositoryTest {

	@Autowired
	private StaffRepository staff;

	@Autowired
	private TransactionTemplate transaction;

	@Test
	void round_trips_every_property() {
		StaffAccount reviewer = new StaffAccount(UUID.randomUUID(), 7,
				new StaffAccount.Data(unique("reviewer"), "孙志强", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv", false, "QSLW",
						"县民政局", EnumSet.of(Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN)));

		this.transaction.executeWithoutResult((status) -> this.staff.insert(reviewer));

		StaffAccount found = this.staff.findByUsername(reviewer.data().username()).orElseThrow();
		assertThat(found.id()).isEqualTo(reviewer.id());
		assertThat(found.version()).isEqualTo(7);
		assertThat(found.data()).isEqualTo(reviewer.data());
	}

	@Test
	void round_trips_an_account_without_department_and_with_one_role() {
		StaffAccount clerk = StaffAccount.create(new StaffAccount.Data(unique("clerk"), "周晓燕", "{noop}demo", true, "QS",
				null, Set.of(Role.WINDOW_CLERK)));

		this.transaction.executeWithoutResult((status) -> this.staff.insert(clerk));

		StaffAccount found = this.staff.findByUsername(clerk.data().username()).orElseThrow();
		assertThat(found.version()).isZero();
		assertThat(found.data()).isEqualTo(clerk.data());
		assertThat(found.data().department()).isNull();
	}

	@Test
	void finds_nothing_for_an_unknown_username() {
		assertThat(this.staff.findByUsername("nobody")).isEmpty();
		assertThat(this.staff.existsByUsername("nobody")).isFalse();
	}

	@Test
	void tells_whether_a_username_exists() {
		StaffAccount agent = agent(unique("agent"));
		this.transaction.executeWithoutResult((status) -> this.staff.insert(agent));

		assertThat(this.staff.existsByUsername(agent.data().username())).isTrue();
	}

	@Test
	void refuses_a_second_account_with_the_same_username() {
		String username = unique("agent");
		this.transaction.executeWithoutResult((status) -> this.staff.insert(agent(username)));

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.transaction.executeWithoutResult((status) -> this.staff.insert(agent(username))));
	}

	@Test
	void writes_only_inside_the_callers_transaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.staff.insert(agent(unique("agent"))));
	}

	private static StaffAccount agent(String username) {
		return StaffAccount
			.create(new StaffAccount.Data(username, "郑桂芳", "{noop}demo", true, "QS", null, Set.of(Role.PROXY_AGENT)));
	}

	private static String unique(String prefix) {
		return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
	}

}
