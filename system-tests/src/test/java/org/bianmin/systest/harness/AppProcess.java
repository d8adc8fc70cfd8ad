package org.bianmin.systest.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One app JVM started from its packaged jar: {@code java -cp <launcher>:<app.jar>
 * ParentWatch <Spring Boot launcher> <arguments>}. Standard output and error go to
 * {@code target/systest/logs/<name>.log} (every start appends, after a marker line) and
 * are kept in memory so a test can wait for a line. The process can be killed with
 * SIGKILL ({@link #killNine()}), stopped gracefully ({@link #stop()}) and started again
 * on the same data directory and ports ({@link #start()}).
 */
public final class AppProcess implements AutoCloseable {

	/** 128 + SIGKILL (9): how the JDK reports a process killed by that signal. */
	public static final int KILLED = 137;

	private static final Duration START_TIMEOUT = Duration.ofSeconds(150);

	private final Launch launch;

	private final HttpClient http;

	private final Path log;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private @Nullable Process process;

	private @Nullable Writer stdin;

	private int starts;

	private volatile int startMark;

	/**
	 * What to start.
	 *
	 * @param name the process's name in logs and file names, e.g. {@code hub}
	 * @param jar the app's executable jar
	 * @param jvmOptions options before the main class, e.g. {@code -Dloader.main=...}
	 * @param launcher Spring Boot's launcher class inside the jar
	 * @param arguments the app's arguments ({@code --name=value})
	 * @param stdinOwnedByApp whether the app reads standard input itself (the node's
	 * workload driver) and halts at its end, instead of {@link ParentWatch}
	 * @param health the URL of {@code /actuator/health}
	 */
	public record Launch(String name, Path jar, List<String> jvmOptions, String launcher, List<String> arguments,
			boolean stdinOwnedByApp, URI health) {

		public static final String JAR_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

		/**
		 * Lets {@code loader.path} and {@code loader.main} add to the jar's class path.
		 */
		public static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

		public Launch {
			jvmOptions = List.copyOf(jvmOptions);
			arguments = List.copyOf(arguments);
		}

	}

	public AppProcess(Launch launch, HttpClient http) {
		this.launch = launch;
		this.http = http;
		this.log = SystemTestFiles.logs().resolve(launch.name() + ".log");
	}

	public String name() {
		return this.launch.name();
	}

	public Launch launch() {
		return this.launch;
	}

	public Path log() {
		return this.log;
	}

	/** Starts the process (again, on the same data and ports, after a kill or a stop). */
	public synchronized AppProcess start() {
		if (isAlive()) {
			throw new IllegalStateException(name() + " is running already");
		}
		this.starts++;
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// a shorter start matters more to the trials than the last bit of speed; the
		// benchmarks measure with the JVM's defaults (-Dsystest.c1-only=false), as
		// java -jar runs in production
		if (Boolean.parseBoolean(System.getProperty("systest.c1-only", "true"))) {
			command.add("-XX:TieredStopAtLevel=1");
		}
		command.add("-Xss512k");
		command.add("-Dfile.encoding=UTF-8");
		command.add("-D" + ParentWatch.STDIN_OWNED_BY_APP + "=" + this.launch.stdinOwnedByApp());
		command.addAll(this.launch.jvmOptions());
		// extra options for every app JVM, e.g. a flight recording in a benchmark run
		String extra = System.getProperty("systest.jvm-options", "").replace("{name}", name());
		for (String option : extra.trim().split("\\s+")) {
			if (!option.isEmpty()) {
				command.add(option);
			}
		}
		command.add("-cp");
		command.add(SystemTestFiles.launcherClasses() + java.io.File.pathSeparator + this.launch.jar());
		command.add(ParentWatch.class.getName());
		command.add(this.launch.launcher());
		command.addAll(this.launch.arguments());
		try {
			this.startMark = this.lines.size();
			appendToLog("=== start " + this.starts + " of " + name() + " at " + Instant.now() + ": "
					+ String.join(" ", command));
			Process started = new ProcessBuilder(command).redirectErrorStream(true).start();
			this.process = started;
			this.stdin = new PrintWriter(started.getOutputStream(), true, StandardCharsets.UTF_8);
			Thread reader = new Thread(() -> read(started), "systest-log-" + name() + "-" + this.starts);
			reader.setDaemon(true);
			reader.start();
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + name(), ex);
		}
	}

	private void read(Process started) {
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8));
				Writer file = Files.newBufferedWriter(this.log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND)) {
			String line;
			while ((line = out.readLine()) != null) {
				this.lines.add(line);
				file.write(line);
				file.write('\n');
				file.flush();
			}
		}
		catch (IOException ex) {
			// the pipe breaks when the process is killed
		}
	}

	private void appendToLog(String line) throws IOException {
		Files.createDirectories(this.log.getParent());
		this.lines.add(line);
		Files.writeString(this.log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
	}

	/**
	 * Waits until {@code /actuator/health} answers UP; fails if the process dies first.
	 */
	public AppProcess awaitHealthy() {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		@Nullable String last = null;
		while (System.nanoTime() < deadline) {
			if (!isAlive()) {
				throw new IllegalStateException(name() + " ended (exit " + exitValue() + ") before it was healthy; log "
						+ this.log + ":\n" + tail(40));
			}
			try {
				HttpResponse<String> health = this.http.send(
						HttpRequest.newBuilder(this.launch.health()).timeout(Duration.ofSeconds(5)).GET().build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
					return this;
				}
				last = health.statusCode() + " " + health.body();
			}
			catch (IOException ex) {
				last = ex.toString();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(Duration.ofMillis(200));
		}
		throw new IllegalStateException(name() + " not healthy within " + START_TIMEOUT + " (last answer " + last
				+ "); log " + this.log + ":\n" + tail(40));
	}

	/** How many lines the process has printed so far, for {@link #awaitLine}. */
	public int mark() {
		return this.lines.size();
	}

	/** The mark of the latest start: lines after it are the running process's. */
	public int startMark() {
		return this.startMark;
	}

	/** The first line after {@code mark} matching the pattern, waiting for it. */
	public Matcher awaitLine(int mark, Pattern pattern, Duration timeout) {
		return findLine(mark, pattern, timeout).orElseThrow(() -> new IllegalStateException("No line matching /"
				+ pattern + "/ from " + name() + " within " + timeout + "; log " + this.log + ":\n" + tail(30)));
	}

	/**
	 * The first line after {@code mark} matching the pattern, or empty when none comes
	 * within the time or the process ends.
	 */
	public Optional<Matcher> findLine(int mark, Pattern pattern, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		int next = mark;
		while (true) {
			while (next < this.lines.size()) {
				Matcher matcher = pattern.matcher(this.lines.get(next++));
				if (matcher.find()) {
					return Optional.of(matcher);
				}
			}
			if (System.nanoTime() > deadline || !isAlive()) {
				// the reader may still hold the dead process's last lines
				sleep(Duration.ofMillis(50));
				while (next < this.lines.size()) {
					Matcher matcher = pattern.matcher(this.lines.get(next++));
					if (matcher.find()) {
						return Optional.of(matcher);
					}
				}
				return Optional.empty();
			}
			sleep(Duration.ofMillis(10));
		}
	}

	/** The lines after {@code mark} that match. */
	public List<String> linesSince(int mark, Predicate<String> filter) {
		return this.lines.subList(Math.min(mark, this.lines.size()), this.lines.size())
			.stream()
			.filter(filter)
			.toList();
	}

	/** Writes a line to the process's standard input (the workload driver's commands). */
	public void send(String line) {
		Writer in = this.stdin;
		if (in == null || !isAlive()) {
			throw new IllegalStateException(name() + " is not running");
		}
		try {
			in.write(line + "\n");
			in.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write to " + name(), ex);
		}
	}

	/** SIGKILL: no shutdown hook runs, nothing is closed, H2 included. */
	public void killNine() {
		Process running = this.process;
		if (running == null || !running.isAlive()) {
			throw new IllegalStateException(name() + " is not running");
		}
		running.destroyForcibly();
		awaitEnd(running);
		if (running.exitValue() != KILLED) {
			throw new IllegalStateException(name() + " ended with " + running.exitValue() + ", not 137 (SIGKILL)");
		}
		note("=== killed with SIGKILL at " + Instant.now());
	}

	/**
	 * SIGTERM: Spring closes the web server and the database, as at a normal shutdown.
	 */
	public void stop() {
		Process running = this.process;
		if (running == null || !running.isAlive()) {
			return;
		}
		// through the handle: Process.destroy() would also close the pipes, and the app
		// halts when its standard input ends, racing its own orderly shutdown
		running.toHandle().destroy();
		try {
			if (!running.waitFor(60, TimeUnit.SECONDS)) {
				running.destroyForcibly();
				throw new IllegalStateException(name() + " did not stop within 60 s of SIGTERM; log " + this.log);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		note("=== stopped at " + Instant.now() + ", exit " + running.exitValue());
	}

	private void note(String line) {
		try {
			appendToLog(line);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void awaitEnd(Process running) {
		try {
			if (!running.waitFor(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Process " + running.pid() + " still alive 30 s after SIGKILL");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Waits for the process to end by itself.
	 * @return its exit value, or empty if it still runs after the timeout
	 */
	public Optional<Integer> awaitExit(Duration timeout) {
		Process running = this.process;
		if (running == null) {
			throw new IllegalStateException(name() + " was never started");
		}
		try {
			if (!running.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				return Optional.empty();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		// let the reader take the last lines
		sleep(Duration.ofMillis(200));
		return Optional.of(running.exitValue());
	}

	public boolean isAlive() {
		Process running = this.process;
		return running != null && running.isAlive();
	}

	public long pid() {
		Process running = this.process;
		if (running == null) {
			throw new IllegalStateException(name() + " was never started");
		}
		return running.pid();
	}

	private int exitValue() {
		Process running = this.process;
		return (running == null || running.isAlive()) ? -1 : running.exitValue();
	}

	/** The last lines the process printed. */
	public String tail(int count) {
		int size = this.lines.size();
		return String.join("\n", this.lines.subList(Math.max(0, size - count), size));
	}

	/** Stops the process if it runs; kills it if it does not stop. */
	@Override
	public void close() {
		try {
			stop();
		}
		catch (RuntimeException ex) {
			Process running = this.process;
			if (running != null) {
				running.destroyForcibly();
			}
		}
		Writer in = this.stdin;
		if (in != null) {
			try {
				in.close();
			}
			catch (IOException ex) {
				// the process is gone
			}
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
