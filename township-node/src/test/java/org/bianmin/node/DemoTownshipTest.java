package org.bianmin.node;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The demo township node QS exactly as the demo seeds it, in a database of its own: for
 * tests that assert on the demo data (which cases exist, what the home page lists).
 * Casework tests file cases of their own into the {@link TownshipNodeTest} database,
 * which would crowd the demo's cases out of "the ten most recent" and add to its counts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "bianmin.data-dir=./target/test-data/township-demo", "spring.flyway.clean-disabled=false" })
@ActiveProfiles("demo")
@Import(FreshTestDatabase.class)
@TestExecutionListeners(listeners = ThisApplicationsSecurityContext.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface DemoTownshipTest {

}
