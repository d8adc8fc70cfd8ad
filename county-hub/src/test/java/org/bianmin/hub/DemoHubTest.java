package org.bianmin.hub;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo hub on a random port with its real H2 database: demo staff and catalog. Every
 * test of the demo hub uses this one configuration, so they share one running
 * application. That matters beyond speed: Vaadin installs its security-context strategy
 * globally when an application starts, so a test of an older cached application started
 * before a newer one would check access against the wrong strategy.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
public @interface DemoHubTest {

}
