package org.bianmin.hub;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ActiveProfiles;

/**
 * Runs an {@link IntegrationTest} on PostgreSQL instead of H2: the application's own
 * {@code postgres} profile, pointed by {@link TestDatabases} at a database of its own on
 * the embedded server, exactly as a county would point it with {@code BIANMIN_DB_*}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ActiveProfiles("postgres")
public @interface OnPostgreSQL {

}
