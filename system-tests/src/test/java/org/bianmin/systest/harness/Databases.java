package org.bianmin.systest.harness;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The apps' H2 databases, opened by the test with plain JDBC. The URL is each app's own
 * (county-hub's and township-node's {@code application.yml}: PostgreSQL mode, lower-case
 * names, durable commits) except {@code AUTO_SERVER=TRUE}, which lets the test read a
 * running app's database through the app's own H2 server, and an app open a database the
 * test has closed. Keep the two in step when an app's URL changes.
 */
public final class Databases {

	private Databases() {
	}

	/** The JDBC URL of the database under an app's data directory. */
	public static String url(Path dataDir) {
		return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db/bianmin")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0";
	}

	/** What to read from a database. */
	@FunctionalInterface
	public interface Read<T> {

		T from(Connection db) throws SQLException;

	}

	/**
	 * Opens the database, reads, and closes it again: an app started later must not find
	 * the test holding its files.
	 */
	public static <T> T read(Path dataDir, Read<T> read) {
		try (Connection db = DriverManager.getConnection(url(dataDir), "sa", "")) {
			db.setReadOnly(true);
			return read.from(db);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the database in " + dataDir + ": " + ex.getMessage(), ex);
		}
	}

	/** The first column of every row, as text. */
	public static List<String> strings(Connection db, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				List<String> values = new ArrayList<>();
				while (rows.next()) {
					values.add(rows.getString(1));
				}
				return values;
			}
		}
	}

	/** A single number. */
	public static long number(Connection db, String sql, Object... parameters) throws SQLException {
		List<String> values = strings(db, sql, parameters);
		if (values.size() != 1 || values.getFirst() == null) {
			throw new IllegalStateException("Expected one number from " + sql + ", got " + values);
		}
		return Long.parseLong(values.getFirst());
	}

	/** Whether a table exists (the apps' schemas grow migration by migration). */
	public static boolean hasTable(Connection db, String table) throws SQLException {
		return number(db, "select count(*) from information_schema.tables where table_name = ?", table) > 0;
	}

}
