package org.bianmin.hub;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A browserless view test of the demo hub; sign a user in with {@code @WithUserDetails}.
 *
 * <p>
 * Vaadin installs its security-context strategy globally (a static) when an application
 * starts, and the browserless test reads the signed-in user from the global strategy when
 * it sets a test up. When another test application (a test class with another
 * configuration) started after this one, the global strategy is that one's, and the user
 * Spring's test listener puts into this application's strategy would be invisible: the
 * test would see nobody, or the previous test's user, depending on the order test classes
 * run in. So before each test this application's strategy is made the global one again.
 */
@DemoHubTest
@ViewPackages(packages = "org.bianmin.hub")
@TestExecutionListeners(listeners = HubBrowserlessTest.ThisApplicationsSecurityContext.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class HubBrowserlessTest extends SpringBrowserlessTest {

	/**
	 * Whether the signed-in user can open a view: navigation to a view the user's roles
	 * do not allow ends elsewhere (or fails), never on the view.
	 */
	protected boolean opens(Class<? extends com.vaadin.flow.component.Component> view) {
		try {
			navigate(view);
		}
		catch (RuntimeException refused) {
			return false;
		}
		return view.isInstance(getCurrentView());
	}

	/**
	 * Runs before Spring Security's listener that signs the {@code @WithUserDetails} user
	 * in.
	 */
	static final class ThisApplicationsSecurityContext implements TestExecutionListener, Ordered {

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

}
