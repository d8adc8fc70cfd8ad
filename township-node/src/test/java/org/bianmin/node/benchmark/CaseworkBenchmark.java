package org.bianmin.node.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.node.TownshipNodeApplication;
import org.bianmin.node.casework.CaseDeskService;
import org.bianmin.node.casework.CaseQueueService;
import org.bianmin.node.casework.QueueFilter;
import org.bianmin.node.casework.QueueRow;
import org.bianmin.node.casework.QueueSort;
import org.bianmin.node.residents.Resident;
import org.bianmin.node.staff.StaffAccountService;
import org.bianmin.node.staff.StaffPrincipal;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The casework benchmark of issue 3 (docs/benchmarks.md): loads the demo township node QS
 * with made-up cases ({@link CaseworkLoad}), measures in that process the service calls
 * the queue view and the case page make, then starts the built jar as a separate
 * {@code java -jar} process on the loaded data and measures its start, heap and RSS.
 *
 * <p>
 * Arguments: {@code --cases=20000 --data-dir=<under target/> --jar=<the node's jar>
 * --repetitions=30 --warm-up=20 --reuse} ({@code --reuse} keeps a loaded database with
 * enough cases, for measuring again without loading).
 */
public final class CaseworkBenchmark {

	private static final int PAGE = 50;

	/**
	 * The node's database URL (application.yml) without H2's per-session cache of parsed
	 * queries, which also hands back an unchanged query's last result: repeating the same
	 * queue query would otherwise measure that cache, not the query, while at a working
	 * window the cases keep changing. Every query is parsed and run afresh: the worst
	 * case.
	 */
	private static final String DATABASE_URL = "jdbc:h2:file:${bianmin.data-dir}/db/bianmin;MODE=PostgreSQL;"
			+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE=0";

	private static final Pattern STARTED = Pattern
		.compile("Started \\S+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

	private static final Pattern HEAP = Pattern.compile("committed (\\d+)K, used (\\d+)K");

	private final Map<String, String> options;

	private final List<String[]> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private CaseworkBenchmark(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			options.put(pair[0], (pair.length > 1) ? pair[1] : "true");
		}
		new CaseworkBenchmark(options).run();
		// Vaadin and Quartz may leave non-daemon threads behind the closed context
		System.exit(0);
	}

	private void run() throws Exception {
		int cases = Integer.parseInt(this.options.getOrDefault("cases", "20000"));
		int repetitions = Integer.parseInt(this.options.getOrDefault("repetitions", "30"));
		int warmUp = Integer.parseInt(this.options.getOrDefault("warm-up", "20"));
		Path dataDir = Path.of(required("data-dir")).toAbsolutePath().normalize();
		Path jar = Path.of(required("jar")).toAbsolutePath().normalize();
		// the benchmark deletes and fills its data directory: never outside a build's
		// target/
		if (!dataDir.toString().contains("/target/")) {
			throw new IllegalArgumentException("The benchmark's data directory must be under target/: " + dataDir);
		}
		MovableClock clock = new MovableClock();
		boolean reuse = Boolean.parseBoolean(this.options.getOrDefault("reuse", "false"))
				&& Files.exists(dataDir.resolve("db"));
		if (!reuse) {
			deleteRecursively(dataDir);
		}
		try (ConfigurableApplicationContext context = start(dataDir, clock)) {
			CaseQueueService queue = context.getBean(CaseQueueService.class);
			StaffPrincipal clerk = (StaffPrincipal) context.getBean(StaffAccountService.class)
				.loadUserByUsername("clerk");
			int held = queue.count(clerk, QueueFilter.NONE);
			if (held < cases) {
				load(context, clock, cases - held);
			}
			measureInProcess(context, clerk, repetitions, warmUp);
		}
		measureProcess(jar, dataDir);
		print(cases);
	}

	private void load(ConfigurableApplicationContext context, MovableClock clock, int cases) {
		SyntheticResidents synthetic = new SyntheticResidents(11643L, 330);
		List<Resident.Data> people = synthetic.residents(Math.max(1, cases / 2));
		CaseworkLoad load = new CaseworkLoad(context, clock);
		long start = System.nanoTime();
		int[] batches = { 0 };
		int commands = load.load(cases, people, () -> {
			if (++batches[0] % 20 == 0) {
				System.out.printf(Locale.ROOT, "  loaded %d cases in %.0f s%n", batches[0] * 60,
						(System.nanoTime() - start) / 1e9);
			}
		});
		double seconds = (System.nanoTime() - start) / 1e9;
		this.rows.add(new String[] {
				"load: %d residents in %d villages, %d cases, %d commands".formatted(people.size(),
						synthetic.villages().size(), cases, commands),
				"%.0f s (%.0f commands/s)".formatted(seconds, commands / seconds), "", "" });
	}

	private void measureInProcess(ConfigurableApplicationContext context, StaffPrincipal clerk, int repetitions,
			int warmUp) {
		CaseQueueService queue = context.getBean(CaseQueueService.class);
		CaseDeskService desk = context.getBean(CaseDeskService.class);
		QueueFilter warned = new QueueFilter(null, null, null, null, true, null);
		QueueFilter accepted = new QueueFilter(CaseStatus.ACCEPTED, null, null, null, false, null);
		int total = queue.count(clerk, QueueFilter.NONE);
		StringBuilder colours = new StringBuilder();
		for (TimeLimitStatus colour : TimeLimitStatus.values()) {
			colours.append(colour)
				.append(' ')
				.append(queue.count(clerk, new QueueFilter(null, null, null, colour, false, null)))
				.append(", ");
		}
		this.notes.add(
				"cases at the node: %d; by colour (promised limit): %sno colour (not accepted, paused or forwarded) the rest"
					.formatted(total, colours));
		long cold = System.nanoTime();
		queue.count(clerk, QueueFilter.NONE);
		queue.page(clerk, QueueFilter.NONE, QueueSort.FILED_AT, true, 0, PAGE);
		this.notes.add("the very first queue call after the context started (count + page, cold): %.1f ms"
			.formatted((System.nanoTime() - cold) / 1e6));
		Map<String, QueueFilter> filters = new LinkedHashMap<>();
		filters.put("default (no filter)", QueueFilter.NONE);
		filters.put("只看黄牌红牌 (yellow and red only)", warned);
		filters.put("status 已受理 (ACCEPTED)", accepted);
		for (Map.Entry<String, QueueFilter> filter : filters.entrySet()) {
			int matching = queue.count(clerk, filter.getValue());
			this.rows.add(timed("queue first page (50, newest first), " + filter.getKey() + ": page()", repetitions,
					warmUp, (i) -> queue.page(clerk, filter.getValue(), QueueSort.FILED_AT, true, 0, PAGE)));
			this.rows.add(timed("  the same filter: count() (%d cases)".formatted(matching), repetitions, warmUp,
					(i) -> queue.count(clerk, filter.getValue())));
		}
		this.rows.add(timed("queue first page sorted by promised due date, 只看黄牌红牌: page()", repetitions, warmUp,
				(i) -> queue.page(clerk, warned, QueueSort.PROMISED_DUE, false, 0, PAGE)));
		this.rows.add(timed("queue page 100 (offset 4,950), default: page()", repetitions, warmUp,
				(i) -> queue.page(clerk, QueueFilter.NONE, QueueSort.FILED_AT, true, 99 * PAGE, PAGE)));
		Random random = new Random(7);
		List<CaseId> anyCase = sample(queue, clerk, QueueFilter.NONE, total, repetitions + warmUp, random);
		QueueFilter delivered = new QueueFilter(CaseStatus.DELIVERED, null, null, null, false, null);
		List<CaseId> longest = sample(queue, clerk, delivered, queue.count(clerk, delivered), repetitions + warmUp,
				random);
		this.rows.add(timed("case open, CaseDeskService.open (a different random case each time)", repetitions, warmUp,
				(i) -> desk.open(anyCase.get(i % anyCase.size()), clerk)));
		this.rows.add(timed("case open, delivered and rated cases (longest timelines)", repetitions, warmUp,
				(i) -> desk.open(longest.get(i % longest.size()), clerk)));
	}

	private static List<CaseId> sample(CaseQueueService queue, StaffPrincipal clerk, QueueFilter filter, int total,
			int count, Random random) {
		List<CaseId> ids = new ArrayList<>();
		for (int i = 0; i < count && total > 0; i++) {
			List<QueueRow> one = queue.page(clerk, filter, QueueSort.FILED_AT, true, random.nextInt(total), 1);
			one.forEach((row) -> ids.add(row.id()));
		}
		return ids;
	}

	private static String[] timed(String what, int repetitions, int warmUp, IntFunction<?> call) {
		for (int i = 0; i < warmUp; i++) {
			call.apply(i);
		}
		double[] millis = new double[repetitions];
		for (int i = 0; i < repetitions; i++) {
			long start = System.nanoTime();
			call.apply(warmUp + i);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return new String[] { what, ms(percentile(millis, 50)), ms(percentile(millis, 95)),
				ms(millis[repetitions - 1]) };
	}

	private void measureProcess(Path jar, Path dataDir) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = dataDir.resolveSibling("node-start.log");
		Path javaHome = Path.of(System.getProperty("java.home"));
		ProcessBuilder builder = new ProcessBuilder(javaHome.resolve("bin/java").toString(), "-jar", jar.toString(),
				"--spring.profiles.active=demo", "--server.port=" + port, "--bianmin.data-dir=" + dataDir)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		URI login = URI.create("http://localhost:" + port + "/login");
		long start = System.nanoTime();
		Process node = builder.start();
		try {
			double answering = -1;
			while (answering < 0) {
				if (!node.isAlive()) {
					throw new IllegalStateException("The node stopped while starting; see " + log);
				}
				if ((System.nanoTime() - start) > TimeUnit.MINUTES.toNanos(3)) {
					throw new IllegalStateException("The node did not answer within 3 minutes; see " + log);
				}
				try {
					HttpResponse<Void> response = http.send(HttpRequest.newBuilder(login).GET().build(),
							HttpResponse.BodyHandlers.discarding());
					if (response.statusCode() == 200) {
						answering = (System.nanoTime() - start) / 1e9;
					}
				}
				catch (IOException notYet) {
					Thread.sleep(100);
				}
			}
			Matcher started = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
			String startedText = started.find() ? "%s s (JVM %s s)".formatted(started.group(1), started.group(2))
					: "not in the log";
			this.rows.add(new String[] { "node start, java -jar on the loaded data: Spring's \"Started … in\"",
					startedText, "", "" });
			this.rows.add(new String[] { "node start: from launching the process to /login answering 200",
					"%.1f s".formatted(answering), "", "" });
			// a few pages as a browser would ask for them, then a full GC
			for (int i = 0; i < 5; i++) {
				http.send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.discarding());
			}
			Thread.sleep(2000);
			String pid = Long.toString(node.pid());
			jcmd(javaHome, pid, "GC.run");
			Thread.sleep(1000);
			Matcher heap = HEAP.matcher(jcmd(javaHome, pid, "GC.heap_info"));
			String heapText = heap.find() ? "%d MB used / %d MB committed"
				.formatted(Long.parseLong(heap.group(2)) / 1024, Long.parseLong(heap.group(1)) / 1024) : "not reported";
			this.rows.add(new String[] { "node heap after a full GC (jcmd GC.run, GC.heap_info)", heapText, "", "" });
			long rssKb = Files.readAllLines(Path.of("/proc", pid, "status"))
				.stream()
				.filter((line) -> line.startsWith("VmRSS:"))
				.map((line) -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst()
				.orElse(-1L);
			this.rows.add(new String[] { "node RSS (VmRSS from /proc/<pid>/status)", "%d MB".formatted(rssKb / 1024),
					"", "" });
		}
		finally {
			node.destroy();
			if (!node.waitFor(30, TimeUnit.SECONDS)) {
				node.destroyForcibly();
			}
		}
	}

	private static String jcmd(Path javaHome, String pid, String command) throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder(javaHome.resolve("bin/jcmd").toString(), pid, command)
			.redirectErrorStream(true)
			.start();
		String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		jcmd.waitFor();
		return out;
	}

	private void print(int cases) {
		int width = this.rows.stream().mapToInt((row) -> row[0].codePointCount(0, row[0].length())).max().orElse(10);
		StringBuilder out = new StringBuilder();
		out.append("\nCasework benchmark (issue 3): township node QS with ")
			.append(cases)
			.append(" cases, ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, Java ")
			.append(System.getProperty("java.version"))
			.append("\n\n");
		out.append(pad("what", width)).append(" | p50 / figure | p95      | max\n");
		out.append("-".repeat(width)).append("-|--------------|----------|---------\n");
		for (String[] row : this.rows) {
			out.append(pad(row[0], width))
				.append(" | ")
				.append(pad(row[1], 12))
				.append(" | ")
				.append(pad(row[2], 8))
				.append(" | ")
				.append(row[3])
				.append('\n');
		}
		out.append('\n');
		this.notes.forEach((note) -> out.append("- ").append(note).append('\n'));
		System.out.println(out);
	}

	private ConfigurableApplicationContext start(Path dataDir, MovableClock clock) {
		// command-line arguments: they win over application-demo.yml's data directory in
		// ~/.bianmin
		ConfigurableApplicationContext started = new SpringApplicationBuilder(TownshipNodeApplication.class)
			.profiles("demo")
			.initializers((context) -> {
				// the loader's clock replaces the node's clock (sync's "clock" bean,
				// overridden by name) in every bean that asks for one
				((GenericApplicationContext) context).registerBean("clock", java.time.Clock.class, () -> clock,
						(definition) -> definition.setPrimary(true));
				context.getBeanFactory().registerSingleton("benchmarkTestClassesExcluded", new TestClassesExcluded());
			})
			.run("--bianmin.data-dir=" + dataDir, "--spring.datasource.url=" + DATABASE_URL, "--server.port=0",
					"--logging.level.root=warn", "--logging.level.org.bianmin=warn", "--spring.main.banner-mode=off",
					"--spring.main.allow-bean-definition-overriding=true", "--bianmin.sync.enabled=false");
		String used = started.getEnvironment().getProperty("bianmin.data-dir");
		if (used == null || !Path.of(used).toAbsolutePath().normalize().equals(dataDir)) {
			started.close();
			throw new IllegalStateException("The node would use " + used + ", not the benchmark's " + dataDir);
		}
		return started;
	}

	private String required(String name) {
		String value = this.options.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + "= is required");
		}
		return value;
	}

	private static double percentile(double[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static String ms(double millis) {
		return String.format(Locale.ROOT, "%.1f ms", millis);
	}

	private static String pad(String text, int width) {
		int length = text.codePointCount(0, text.length());
		return text + " ".repeat(Math.max(0, width - length));
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

	/**
	 * Keeps the test classes on the benchmark's class path (test configurations of other
	 * tests) out of the node's component scan: the benchmark runs the node as it ships.
	 */
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
