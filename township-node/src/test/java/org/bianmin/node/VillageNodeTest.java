package org.bianmin.node;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The same build as the demo village point QSLW (profiles demo,village), on its own H2
 * file database under {@code target/}. A second application context: use it only for what
 * differs in a village.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "bianmin.data-dir=./target/test-data/village", "spring.flyway.clean-disabled=false" })
@ActiveProfiles({ "demo", "village" })
@Import(FreshTestDatabase.class)
@TestExecutionListeners(listeners = ThisContextsSecurityStrategy.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface VillageNodeTest {

}
