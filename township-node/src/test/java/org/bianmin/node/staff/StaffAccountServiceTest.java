package org.bianmin.node.staff;

import java.util.Set;
import java.util.UUID;

import org.bianmin.model.staff.Role;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.staff.StaffAccountService.Enrolment;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@TownshipNodeTest
class StaffAccountServiceTest {

	@Autowired
	private StaffAccountService service;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Test
	void enrols_with_a_bcrypt_hash_never_the_password() {
		String username = unique();

		boolean created = this.service.enrolIfAbsent(clerk(username, "周晓燕"), "s3cret-Pass");

		assertThat(created).isTrue();
		StaffPrincipal principal = this.service.loadUserByUsername(username);
		assertThat(principal.getPassword()).startsWith("{bcrypt}").doesNotContain("s3cret-Pass");
		assertThat(this.passwordEncoder.matches("s3cret-Pass", principal.getPassword())).isTrue();
	}

	@Test
	void leaves_an_existing_account_as_it_is() {
		String username = unique();
		this.service.enrolIfAbsent(clerk(username, "周晓燕"), "first");

		boolean created = this.service.enrolIfAbsent(clerk(username, "吴海涛"), "second");

		assertThat(created).isFalse();
		StaffPrincipal principal = this.service.loadUserByUsername(username);
		assertThat(principal.displayName()).isEqualTo("周晓燕");
		assertThat(this.passwordEncoder.matches("first", principal.getPassword())).isTrue();
	}

	@Test
	void gives_the_login_who_the_user_is_and_roles_as_authorities() {
		String username = unique();
		this.service.enrolIfAbsent(new Enrolment(username, "孙志强", "QS", "县民政局", Set.of(Role.SUPERVISOR, Role.REVIEWER)),
				"demo");

		StaffPrincipal principal = this.service.loadUserByUsername(username);

		assertThat(principal.getUsername()).isEqualTo(username);
		assertThat(principal.displayName()).isEqualTo("孙志强");
		assertThat(principal.nodeCode()).isEqualTo("QS");
		assertThat(principal.department()).isEqualTo("县民政局");
		assertThat(principal.isEnabled()).isTrue();
		assertThat(principal.roles()).containsExactly(Role.REVIEWER, Role.SUPERVISOR);
		assertThat(principal.getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_REVIEWER", "ROLE_SUPERVISOR");
	}

	@Test
	void refuses_an_unknown_username() {
		assertThatExceptionOfType(UsernameNotFoundException.class)
			.isThrownBy(() -> this.service.loadUserByUsername("nobody"));
	}

	private static Enrolment clerk(String username, String displayName) {
		return new Enrolment(username, displayName, "QS", null, Set.of(Role.WINDOW_CLERK));
	}

	private static String unique() {
		return "clerk." + UUID.randomUUID().toString().substring(0, 8);
	}

}
