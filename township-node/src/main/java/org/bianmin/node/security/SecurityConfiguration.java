package org.bianmin.node.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every page needs a login except the login page itself (with its style sheets) and the
 * health check that monitoring polls.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

	/**
	 * The login view's route. Named by path, not by class: the shell's views depend on
	 * this package ({@link CurrentUser}), so this package must not depend on the shell.
	 */
	static final String LOGIN_ROUTE = "login";

	/** Our own style sheets: the login page needs them before anyone is logged in. */
	static final String STYLE_SHEETS = "/styles/**";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", STYLE_SHEETS)
					.permitAll());
		return http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> vaadin.loginView("/" + LOGIN_ROUTE)).build();
	}

	/**
	 * Delegating, so that stored hashes say how they were made ({@code {bcrypt}...}) and
	 * a later change of algorithm does not lock anyone out.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
