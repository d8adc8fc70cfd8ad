package org.bianmin.hub.staff;

import java.util.Set;

import org.bianmin.hub.IntegrationTest;
import org.bianmin.hub.staff.StaffAccountService.Registration;
import org.bianmin.model.staff.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class StaffAccountServiceTest {

	@Autowired
	private StaffAccountService accounts;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Test
	void a_registered_account_logs_in_with_its_roles_as_authorities() {
		this.accounts.registerIfAbsent(
				new Registration("reviewer.rs", "李娜", "YL", "县人力资源和社会保障局", Set.of(Role.REVIEWER, Role.SUPERVISOR)),
				"demo");

		UserDetails user = this.accounts.loadUserByUsername(" Reviewer.RS ");

		assertThat(user.getUsername()).isEqualTo("reviewer.rs");
		assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_REVIEWER", "ROLE_SUPERVISOR");
		assertThat(this.passwordEncoder.matches("demo", user.getPassword())).isTrue();
		assertThat(user.getPassword()).startsWith("{bcrypt}");
		StaffUserDetails staff = (StaffUserDetails) user;
		assertThat(staff.displayName()).isEqualTo("李娜");
		assertThat(staff.department()).isEqualTo("县人力资源和社会保障局");
		assertThat(staff.nodeCode()).isEqualTo("YL");
	}

	@Test
	void registering_again_leaves_the_existing_account_as_it_is() {
		Registration supervisor = new Registration("supervisor.twice", "钱丽华", "YL", null, Set.of(Role.SUPERVISOR));

		assertThat(this.accounts.registerIfAbsent(supervisor, "first")).isTrue();
		assertThat(this.accounts.registerIfAbsent(supervisor, "second")).isFalse();

		UserDetails user = this.accounts.loadUserByUsername("supervisor.twice");
		assertThat(this.passwordEncoder.matches("first", user.getPassword())).isTrue();
	}

	@Test
	void an_unknown_username_is_not_found() {
		assertThatExceptionOfType(UsernameNotFoundException.class)
			.isThrownBy(() -> this.accounts.loadUserByUsername("nobody"));
	}

	@Test
	void the_principal_forgets_the_hash_after_login() {
		this.accounts.registerIfAbsent(new Registration("erased", "赵建国", "YL", null, Set.of(Role.ADMIN)), "demo");
		StaffUserDetails user = (StaffUserDetails) this.accounts.loadUserByUsername("erased");

		user.eraseCredentials();

		assertThat(user.getPassword()).isNull();
	}

}
