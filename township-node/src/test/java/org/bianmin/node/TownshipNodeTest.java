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
 * The demo township node QS on a random port, with its demo users, on a real H2 file
 * database under {@code target/}. Every test class with this annotation shares one
 * running application (Spring caches the context), so keep the configuration here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "bianmin.data-dir=./target/test-data/township", "spring.flyway.clean-disabled=false" })
@ActiveProfiles("demo")
@Import(FreshTestDatabase.class)
@TestExecutionListeners(listeners = ThisContextsSecurityStrategy.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface TownshipNodeTest {

}
