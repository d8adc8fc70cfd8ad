package org.bianmin.hub.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login for staff through the Vaadin login view; everything else needs a login,
 * except the stylesheets, the health check that a load balancer or an operator's monitor
 * polls, and the public pages (progress query {@code /q}, service guides {@code /guide}).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

	/**
	 * The login view's route. Given as a path, not as the view's class, so that security
	 * does not depend on the shell (which depends on security for the current user).
	 */
	static final String LOGIN_ROUTE = "/login";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		// Before Vaadin's rules, which end with "any other request needs a login". Vaadin
		// opens its own
		// resources (lumo/lumo.css, /VAADIN/**) but not the app's @StyleSheet files: the
		// login page needs them.
		// The public pages (progress query, service guides) are open too: their views are
		// @AnonymousAllowed and show no personal data (docs/adr/0025).
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/q", "/q/**", "/guide",
					"/guide/**")
			.permitAll());
		return http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> vaadin.loginView(LOGIN_ROUTE)).build();
	}

	/**
	 * Hashes carry their algorithm ({bcrypt}...), so that hashes synced down to nodes
	 * stay readable when the default algorithm changes.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
