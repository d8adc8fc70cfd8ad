package org.bianmin.hub.staff;

import java.util.Set;
import java.util.UUID;

import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StaffMemberTest {

	@Test
	void keeps_roles_in_the_enum_order_and_unmodifiable() {
		StaffMember.Data data = data("reviewer", "县民政局", Set.of(Role.ADMIN, Role.PROXY_AGENT));

		assertThat(data.roles()).containsExactly(Role.PROXY_AGENT, Role.ADMIN);
		assertThat(data.roles()).isUnmodifiable();
	}

	@Test
	void rejects_usernames_of_the_wrong_size_characters_or_syntax() {
		assertThatIllegalArgumentException().isThrownBy(() -> data("a", null, Set.of()))
			.withMessageContaining("2 to 64");
		assertThatIllegalArgumentException().isThrownBy(() -> data("Admin", null, Set.of()))
			.withMessageContaining("may only hold");
		assertThatIllegalArgumentException().isThrownBy(() -> data("赵建国", null, Set.of()))
			.withMessageContaining("may only hold");
		assertThatIllegalArgumentException().isThrownBy(() -> data("1admin", null, Set.of()))
			.withMessageContaining("start with a letter");
	}

	@Test
	void rejects_a_blank_department_or_a_wrong_node_code() {
		assertThatIllegalArgumentException().isThrownBy(() -> data("reviewer", " ", Set.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StaffMember.Data("clerk", "周晓燕", "{noop}x", true, "qs", null, Set.of()));
	}

	@Test
	void equals_by_id_only() {
		UUID id = UUID.randomUUID();
		StaffMember before = new StaffMember(id, 0, data("admin", null, Set.of(Role.ADMIN)));
		StaffMember after = new StaffMember(id, 1, data("admin", null, Set.of()));

		assertThat(after).isEqualTo(before).hasSameHashCodeAs(before);
		assertThat(StaffMember.create(before.data())).isNotEqualTo(before);
	}

	@Test
	void never_shows_the_password_hash() {
		StaffMember member = StaffMember.create(data("admin", null, Set.of(Role.ADMIN)));

		assertThat(member.toString()).doesNotContain("secret-hash");
		assertThat(member.data().toString()).doesNotContain("secret-hash");
	}

	private static StaffMember.Data data(String username, @Nullable String department, Set<Role> roles) {
		return new StaffMember.Data(username, "赵建国", "{bcrypt}secret-hash", true, "YL", department, roles);
	}

}
