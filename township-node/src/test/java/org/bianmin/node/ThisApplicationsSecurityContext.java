package org.bianmin.node;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Makes the test's own application's security-context strategy the global one before each
 * test, ahead of Spring Security's listener that signs in the {@code @WithUserDetails}
 * user. Vaadin installs its strategy globally when an application starts; the browserless
 * tests read the user from the global strategy. Without this, a test of the township
 * application that runs after the village application started (or the reverse) would see
 * nobody, or the previous test's user, depending on the order test classes run in.
 */
public final class ThisApplicationsSecurityContext implements TestExecutionListener, Ordered {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		testContext.getApplicationContext()
			.getBeanProvider(SecurityContextHolderStrategy.class)
			.ifAvailable((strategy) -> {
				SecurityContextHolder.setContextHolderStrategy(strategy);
				strategy.clearContext();
			});
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
