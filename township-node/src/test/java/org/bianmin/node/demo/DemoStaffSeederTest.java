package org.bianmin.node.demo;

import org.bianmin.model.staff.Role;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.staff.StaffAccountService;
import org.bianmin.node.staff.StaffPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@TownshipNodeTest
class DemoStaffSeederTest {

	@Autowired
	private DemoStaffSeeder seeder;

	@Autowired
	private StaffAccountService staff;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Test
	void seeds_the_township_staff_at_the_township() {
		StaffPrincipal clerk = this.staff.loadUserByUsername("clerk");
		StaffPrincipal backup = this.staff.loadUserByUsername("clerk.b");
		StaffPrincipal agent = this.staff.loadUserByUsername("agent.qs");
		StaffPrincipal supervisor = this.staff.loadUserByUsername("supervisor.qs");

		assertThat(clerk.displayName()).isEqualTo("周晓燕");
		assertThat(clerk.roles()).containsExactly(Role.WINDOW_CLERK);
		assertThat(backup.displayName()).isEqualTo("吴海涛");
		assertThat(agent.roles()).containsExactly(Role.PROXY_AGENT);
		assertThat(supervisor.roles()).containsExactly(Role.SUPERVISOR);
		assertThat(clerk.nodeCode()).isEqualTo("QS");
		assertThat(this.passwordEncoder.matches(DemoSettings.PASSWORD, clerk.getPassword())).isTrue();
	}

	@Test
	void seeding_again_changes_nothing() {
		StaffPrincipal before = this.staff.loadUserByUsername("clerk");

		this.seeder.run(new DefaultApplicationArguments());

		StaffPrincipal after = this.staff.loadUserByUsername("clerk");
		assertThat(after.id()).isEqualTo(before.id());
		assertThat(after.getPassword()).isEqualTo(before.getPassword());
	}

}
