package org.bianmin.node;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's global holder at the strategy of the test's own application
 * context before each test. Vaadin's strategy keeps the security context in a
 * per-instance thread-local and every app context installs its own instance globally, so
 * once a second context (say one with an extra test bean) has started,
 * {@code @WithUserDetails} would write the user where the first context's views never
 * look, and its views would see nobody logged in. Runs before Spring Security's
 * {@code WithSecurityContext} listener (order 10000).
 */
public class ThisContextsSecurityStrategy implements TestExecutionListener, Ordered {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		testContext.getApplicationContext()
			.getBeanProvider(SecurityContextHolderStrategy.class)
			.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
	}

	@Override
	public int getOrder() {
		return 9000;
	}

}
