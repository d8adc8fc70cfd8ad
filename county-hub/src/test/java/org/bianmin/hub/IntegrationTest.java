package org.bianmin.hub;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole hub with its real database: embedded H2 in a fresh directory under
 * {@code target/test-data}, or, together with {@link OnPostgreSQL}, a fresh database on a
 * real PostgreSQL server that the tests start themselves. The hub's identity is the demo
 * county's.
 *
 * @see TestDatabases
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = { "bianmin.hub.code=YL", "bianmin.hub.name=云岭县政务服务中心" })
@ContextConfiguration(initializers = TestDatabases.class)
public @interface IntegrationTest {

	/** {@link WebEnvironment#RANDOM_PORT} for tests that talk HTTP to a real server. */
	@AliasFor(annotation = SpringBootTest.class)
	WebEnvironment webEnvironment() default WebEnvironment.MOCK;

}
