package org.bianmin.node.casework;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * "A kill -9 at any moment loses nothing that the screen said was saved": a child JVM
 * runs the node ({@link DurabilityWriter}) and files and submits cases as fast as it can,
 * printing each command it saw committed; the test kills it with SIGKILL at a random
 * moment, then opens the node's H2 database itself and checks that every case the child
 * reported saved is there with at least that version, that no command is half-written
 * (events, projection and outbox rows agree), and that the node starts again on the same
 * files and goes on filing. Three kills, at seeded random moments ({@code -Dkill9.seed=}
 * repeats a run).
 */
class KillNineDurabilityTest {

	private static final int CYCLES = 3;

	private static final Path DATA = Path.of("target", "test-data").toAbsolutePath();

	/** 128 + SIGKILL (9): how the JDK reports a process killed by that signal. */
	private static final int KILLED = 137;

	@Test
	void a_kill_nine_at_a_random_moment_loses_no_saved_command_and_leaves_nothing_half_written() throws Exception {
		long seed = Long.getLong("kill9.seed", System.nanoTime());
		System.out.println("KillNineDurabilityTest seed " + seed + " (-Dkill9.seed=" + seed + " repeats it)");
		Random random = new Random(seed);
		for (int cycle = 1; cycle <= CYCLES; cycle++) {
			Path dataDir = DATA.resolve("kill9-" + cycle);
			deleteRecursively(dataDir);
			long delay = 500 + random.nextInt(2001);

			Writer writer = Writer.start(dataDir, "kill9-" + cycle);
			writer.awaitFirstSaved();
			Thread.sleep(delay);
			writer.killNine();
			Map<UUID, Integer> saved = writer.saved();
			System.out.printf("cycle %d: killed %d ms after the first SAVED, %d SAVED lines, %d cases%n", cycle, delay,
					writer.savedLines(), saved.size());
			assertThat(saved).as("cases the writer reported saved").isNotEmpty();

			assertNothingLostOrHalfWritten(dataDir, saved);

			Writer restarted = Writer.start(dataDir, "kill9-" + cycle + "-restart");
			restarted.awaitSavedLines(4);
			restarted.killNine();
			System.out.printf("cycle %d: restarted on the same files, %d more SAVED lines%n", cycle,
					restarted.savedLines());
			Map<UUID, Integer> all = new LinkedHashMap<>(saved);
			all.putAll(restarted.saved());
			assertNothingLostOrHalfWritten(dataDir, all);
		}
	}

	private static void assertNothingLostOrHalfWritten(Path dataDir, Map<UUID, Integer> saved) throws SQLException {
		// application.yml's URL, with the data directory filled in
		String url = "jdbc:h2:file:" + dataDir.resolve("db/bianmin")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";
		try (Connection db = DriverManager.getConnection(url, "sa", "")) {
			List<String> lost = new ArrayList<>();
			try (PreparedStatement version = db.prepareStatement("select version from cases where id = ?")) {
				for (Map.Entry<UUID, Integer> entry : saved.entrySet()) {
					version.setObject(1, entry.getKey());
					try (ResultSet row = version.executeQuery()) {
						int stored = row.next() ? row.getInt(1) : 0;
						if (stored < entry.getValue()) {
							lost.add(entry.getKey() + " reported saved at version " + entry.getValue() + ", stored "
									+ ((stored != 0) ? "at version " + stored : "not at all"));
						}
					}
				}
			}
			assertThat(lost).as("commands the writer reported saved but the database lost").isEmpty();
			assertThat(count(db, "select count(*) from cases")).as("cases").isGreaterThanOrEqualTo(saved.size());
			assertThat(list(db, """
					select c.id || ' version ' || c.version || ' has ' || count(e.id) || ' events up to '
					    || coalesce(max(e.sequence), 0)
					from cases c left join case_event e on e.case_id = c.id
					group by c.id, c.version
					having count(e.id) <> c.version or coalesce(max(e.sequence), 0) <> c.version
					""")).as("cases whose events do not match their version").isEmpty();
			assertThat(list(db, """
					select e.id from case_event e
					where not exists (select 1 from cases c where c.id = e.case_id)
					""")).as("events without a case").isEmpty();
			assertThat(list(db, """
					select e.id || ' has ' || count(o.seq) || ' outbox rows' from case_event e
					left join outbox o on o.event_id = e.id and o.case_id = e.case_id
					group by e.id having count(o.seq) <> 1
					""")).as("events without exactly one outbox row").isEmpty();
			assertThat(list(db, """
					select o.event_id from outbox o
					where not exists (select 1 from case_event e where e.id = o.event_id)
					""")).as("outbox rows without an event").isEmpty();
		}
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getLong(1);
		}
	}

	private static List<String> list(Connection db, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** One {@link DurabilityWriter} child JVM and what it printed. */
	private static final class Writer {

		private static final long START_SECONDS = 60;

		private static final Pattern SAVED = Pattern.compile("SAVED ([0-9a-f-]{36}) ([0-9]+)");

		private final Process process;

		private final List<String> savedLines = new CopyOnWriteArrayList<>();

		private final List<String> otherLines = new CopyOnWriteArrayList<>();

		private final CountDownLatch ended = new CountDownLatch(1);

		private final Path log;

		private Writer(Process process, Path log) {
			this.process = process;
			this.log = log;
			Thread reader = new Thread(this::read, "writer-stdout-" + process.pid());
			reader.setDaemon(true);
			reader.start();
		}

		static Writer start(Path dataDir, String name) throws IOException {
			String java = ProcessHandle.current().info().command().orElseThrow();
			Files.createDirectories(DATA);
			Path log = DATA.resolve(name + ".stderr.log");
			Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp",
					System.getProperty("java.class.path"), DurabilityWriter.class.getName(), dataDir.toString())
				.redirectError(log.toFile())
				.start();
			// stdin stays open: the writer halts when it closes, i.e. when this JVM ends
			return new Writer(process, log);
		}

		private void read() {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null) {
					if (line.startsWith("SAVED ")) {
						this.savedLines.add(line);
					}
					else {
						this.otherLines.add(line);
					}
				}
			}
			catch (IOException ex) {
				// the pipe closes when the writer is killed
			}
			finally {
				this.ended.countDown();
			}
		}

		void awaitFirstSaved() throws InterruptedException {
			awaitSavedLines(1);
		}

		void awaitSavedLines(int lines) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
			while (this.savedLines.size() < lines) {
				if (!this.process.isAlive()) {
					fail("The writer ended by itself (exit %d) before %d SAVED lines; stdout %s, stderr in %s",
							this.process.exitValue(), lines, tail(), this.log);
				}
				if (System.nanoTime() > deadline) {
					this.process.destroyForcibly();
					fail("No %d SAVED lines from the writer within %d s; stdout %s, stderr in %s", lines, START_SECONDS,
							tail(), this.log);
				}
				Thread.sleep(10);
			}
		}

		void killNine() throws InterruptedException {
			ProcessHandle handle = this.process.toHandle();
			// on Linux the JDK sends SIGKILL: no shutdown hook, no H2 close
			this.process.destroyForcibly();
			assertThat(this.process.waitFor(10, TimeUnit.SECONDS)).as("the writer died").isTrue();
			assertThat(handle.isAlive()).as("the writer's process is alive").isFalse();
			assertThat(this.process.exitValue()).as("the writer's exit value (137: killed by SIGKILL)")
				.isEqualTo(KILLED);
			// whatever it printed before it died counts as shown on the screen
			assertThat(this.ended.await(10, TimeUnit.SECONDS)).as("the writer's stdout ended").isTrue();
		}

		private List<String> tail() {
			return this.otherLines.subList(Math.max(0, this.otherLines.size() - 5), this.otherLines.size());
		}

		int savedLines() {
			return this.savedLines.size();
		}

		/** The highest version the writer reported saved, by case. */
		Map<UUID, Integer> saved() {
			Map<UUID, Integer> saved = new LinkedHashMap<>();
			for (String line : this.savedLines) {
				Matcher whole = SAVED.matcher(line);
				// a line the kill cut short was never shown whole
				if (whole.matches()) {
					saved.merge(UUID.fromString(whole.group(1)), Integer.parseInt(whole.group(2)), Math::max);
				}
			}
			return saved;
		}

	}

}
