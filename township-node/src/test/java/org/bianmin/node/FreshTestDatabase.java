package org.bianmin.node;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Starts each test database from an empty schema, once per JVM: the H2 files under
 * {@code target/test-data} outlive a test run, and a database migrated by an older
 * (edited) V1 would fail Flyway's validation or hide a broken migration. Only the first
 * context on a database cleans it, so that a later context never wipes data under one
 * that Spring keeps cached.
 */
@TestConfiguration(proxyBeanMethods = false)
class FreshTestDatabase {

	private static final Set<String> CLEANED = ConcurrentHashMap.newKeySet();

	@Bean
	FlywayMigrationStrategy cleanOnceThenMigrate() {
		return (flyway) -> {
			if (CLEANED.add(jdbcUrl(flyway.getConfiguration().getDataSource()))) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

	private static String jdbcUrl(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the test database's URL", ex);
		}
	}

}
