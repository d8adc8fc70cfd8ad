package org.bianmin.hub;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database nobody else uses: a fresh data
 * directory (so H2 starts empty and the user's {@code ~/.bianmin} is never touched) and,
 * under the {@code postgres} profile, a fresh database on the one embedded PostgreSQL
 * server of this JVM. Cached contexts therefore never see each other's rows or
 * migrations.
 */
class TestDatabases implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final Path TEST_DATA = Path.of("target", "test-data").toAbsolutePath();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		Map<String, Object> properties = new HashMap<>();
		properties.put("bianmin.data-dir", TEST_DATA.resolve("hub-" + UUID.randomUUID()).toString());
		if (environment.matchesProfiles("postgres")) {
			// the variables application-postgres.yml reads; a property of the same name
			// serves its placeholder
			properties.put("BIANMIN_DB_URL", EmbeddedPostgresServer.createDatabase());
			properties.put("BIANMIN_DB_USER", EmbeddedPostgresServer.USER);
			properties.put("BIANMIN_DB_PASSWORD", EmbeddedPostgresServer.PASSWORD);
		}
		environment.getPropertySources().addFirst(new MapPropertySource("bianmin-test-databases", properties));
	}

}
