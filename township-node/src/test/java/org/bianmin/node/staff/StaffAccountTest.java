package org.bianmin.node.staff;

import java.util.Set;
import java.util.UUID;

import org.bianmin.model.staff.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StaffAccountTest {

	@Test
	void accepts_the_demo_usernames() {
		for (String username : Set.of("clerk", "clerk.b", "agent.qs", "supervisor.qs", "reviewer.rs", "a_b-c")) {
			assertThat(data(username).username()).isEqualTo(username);
		}
	}

	@Test
	void rejects_usernames_of_wrong_size_characters_or_syntax() {
		assertThatIllegalArgumentException().isThrownBy(() -> data("a")).withMessageContaining("2 to 64");
		assertThatIllegalArgumentException().isThrownBy(() -> data("a".repeat(65))).withMessageContaining("2 to 64");
		assertThatIllegalArgumentException().isThrownBy(() -> data("Clerk")).withMessageContaining("lower-case");
		assertThatIllegalArgumentException().isThrownBy(() -> data("周晓燕")).withMessageContaining("lower-case");
		assertThatIllegalArgumentException().isThrownBy(() -> data("clerk b")).withMessageContaining("lower-case");
		assertThatIllegalArgumentException().isThrownBy(() -> data("1clerk"))
			.withMessageContaining("start with a letter");
		assertThatIllegalArgumentException().isThrownBy(() -> data(".clerk"))
			.withMessageContaining("start with a letter");
	}

	@Test
	void rejects_an_account_without_roles() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StaffAccount.Data("clerk", "周晓燕", "{noop}x", true, "QS", null, Set.of()))
			.withMessageContaining("at least one role");
	}

	@Test
	void rejects_a_malformed_node_code() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new StaffAccount.Data("clerk", "周晓燕", "{noop}x", true, "qs", null, Set.of(Role.WINDOW_CLERK)))
			.withMessageContaining("nodeCode");
	}

	@Test
	void is_equal_by_id_only() {
		StaffAccount account = StaffAccount.create(data("clerk"));
		StaffAccount renamed = account.withData(data("clerk.b"));

		assertThat(renamed).isEqualTo(account).hasSameHashCodeAs(account);
		assertThat(StaffAccount.create(data("clerk"))).isNotEqualTo(account);
	}

	@Test
	void a_new_account_has_version_zero_and_an_id() {
		StaffAccount account = StaffAccount.create(data("clerk"));

		assertThat(account.version()).isZero();
		assertThat(account.id()).isNotEqualTo(new UUID(0, 0));
	}

	private static StaffAccount.Data data(String username) {
		return new StaffAccount.Data(username, "周晓燕", "{noop}demo", true, "QS", null, Set.of(Role.WINDOW_CLERK));
	}

}
