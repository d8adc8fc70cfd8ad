package org.bianmin.hub.security;

import java.util.Set;

import org.bianmin.hub.DemoHubTest;
import org.bianmin.hub.staff.StaffMember;
import org.bianmin.hub.staff.persistence.StaffRepository;
import org.bianmin.model.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The login rules through the real filter chain, with the demo staff. */
@DemoHubTest
class SecurityTest {

	@Autowired
	private WebApplicationContext context;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void an_anonymous_visit_to_home_is_sent_to_login() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void a_demo_user_logs_in_with_the_demo_password() throws Exception {
		this.mvc.perform(formLogin("/login").user("admin").password("demo"))
			.andExpect(authenticated().withUsername("admin").withRoles("ADMIN"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void a_wrong_password_is_refused() throws Exception {
		this.mvc.perform(formLogin("/login").user("admin").password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void a_disabled_account_is_refused_even_with_the_right_password(@Autowired StaffRepository staff,
			@Autowired PasswordEncoder passwordEncoder, @Autowired TransactionTemplate transaction) throws Exception {
		transaction.executeWithoutResult((status) -> staff.insert(StaffMember.create(new StaffMember.Data("left.job",
				"离职人员", passwordEncoder.encode("demo"), false, "YL", null, Set.of(Role.WINDOW_CLERK)))));

		this.mvc.perform(formLogin("/login").user("left.job").password("demo"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void the_health_check_is_open() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

}
