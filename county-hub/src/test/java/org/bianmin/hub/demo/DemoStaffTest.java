package org.bianmin.hub.demo;

import org.bianmin.hub.DemoHubTest;
import org.bianmin.hub.staff.StaffUserDetails;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

@DemoHubTest
class DemoStaffTest {

	@Autowired
	private DemoStaff demoStaff;

	@Autowired
	private UserDetailsService users;

	@Test
	void seeds_the_four_county_staff_of_the_demo() {
		StaffUserDetails reviewer = (StaffUserDetails) this.users.loadUserByUsername("reviewer");

		assertThat(reviewer.displayName()).isEqualTo("孙志强");
		assertThat(reviewer.department()).isEqualTo("县民政局");
		assertThat(reviewer.nodeCode()).isEqualTo("YL");
		assertThat(this.users.loadUserByUsername("admin").getAuthorities()).extracting("authority")
			.containsExactly("ROLE_ADMIN");
		assertThat(this.users.loadUserByUsername("supervisor")).isNotNull();
		assertThat(((StaffUserDetails) this.users.loadUserByUsername("reviewer.rs")).department())
			.isEqualTo("县人力资源和社会保障局");
	}

	@Test
	void seeding_again_changes_nothing() {
		StaffUserDetails before = (StaffUserDetails) this.users.loadUserByUsername("admin");

		this.demoStaff.run(new DefaultApplicationArguments());

		StaffUserDetails after = (StaffUserDetails) this.users.loadUserByUsername("admin");
		assertThat(after.id()).isEqualTo(before.id());
		assertThat(after.getPassword()).isEqualTo(before.getPassword());
	}

	@Test
	void the_banner_names_the_url_and_every_demo_login() {
		String banner = this.demoStaff.banner("8080");

		assertThat(banner)
			.contains("http://localhost:8080/", "云岭县政务服务中心", "\"demo\"", "/q/260302901HT", "113X",
					"http://localhost:8080/guide")
			.contains("admin", "赵建国", "supervisor", "钱丽华", "reviewer", "孙志强", "县民政局", "reviewer.rs", "李娜");
	}

}
