package org.bianmin.hub.sync.auth;

import java.time.Clock;
import java.util.List;

import org.bianmin.hub.sync.persistence.NodeRepository;
import org.bianmin.hub.sync.persistence.NonceRepository;
import org.bianmin.model.sync.SyncProtocol;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * A security filter chain of its own for {@code /sync/**}, ahead of Vaadin's: sync
 * requests carry no session and no login, so the chain is stateless, without CSRF (a
 * signed request cannot be forged by a browser) and lets every request through to the
 * {@link SignedRequestFilter}, which refuses whatever is not properly signed. Vaadin's
 * chain for the screens is not touched.
 */
@Configuration
class SyncSecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain syncFilterChain(HttpSecurity http, NodeRepository nodes, NonceRepository nonces,
			RequestLedger ledger, List<SyncBodyReader> readers, SyncProblems problems, Clock clock) throws Exception {
		// not a bean: Boot would register a Filter bean for every path of the server
		SignedRequestFilter signed = new SignedRequestFilter(nodes, nonces, ledger, readers, problems, clock);
		return http.securityMatcher(SyncProtocol.BASE_PATH + "/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.formLogin((login) -> login.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.addFilterBefore(signed, AuthorizationFilter.class)
			.build();
	}

}
