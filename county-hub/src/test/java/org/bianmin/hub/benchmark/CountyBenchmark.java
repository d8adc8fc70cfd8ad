package org.bianmin.hub.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.bianmin.hub.cases.CaseFiguresService;
import org.bianmin.hub.cases.CaseListService;
import org.bianmin.hub.review.ReviewService;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

import static org.bianmin.hub.jooq.Tables.CASES;
import static org.bianmin.hub.jooq.Tables.CASE_EVENT;

/**
 * The county data generator's entry and the county benchmark of issue 5
 * (docs/benchmarks.md): starts the demo county hub on H2 or PostgreSQL, fills it with a
 * made-up county ({@link CountyGenerator}: by default 18 townships, 330 villages, 450,000
 * residents, 1,000,000 cases over three years) unless it holds them already, then times
 * the county's screens through their services ({@link CountyQueries}: the supervisor's
 * dashboard, searches, a reviewer's inbox first page) and prints the figures.
 *
 * <p>
 * Arguments: {@code --target=h2|postgres --cases=1000000 --residents=450000
 * --data-dir=<under target/> --repetitions=30 --warm-up=10 --reuse --measure=false
 * --url=jdbc:postgresql://... --user=... --password=...} ({@code --reuse} keeps a
 * database holding the county already and only measures; {@code --measure=false} only
 * generates; without {@code --url} PostgreSQL is zonky's embedded server).
 */
public final class CountyBenchmark {

	private final Map<String, String> options;

	private final List<String[]> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private CountyBenchmark(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			options.put(pair[0], (pair.length > 1) ? pair[1] : "true");
		}
		new CountyBenchmark(options).run();
		// Vaadin and Quartz may leave non-daemon threads behind the closed context
		System.exit(0);
	}

	private void run() throws Exception {
		String target = this.options.getOrDefault("target", "h2");
		int cases = Integer.parseInt(this.options.getOrDefault("cases", "1000000"));
		int residents = Integer.parseInt(this.options.getOrDefault("residents", "450000"));
		int repetitions = Integer.parseInt(this.options.getOrDefault("repetitions", "30"));
		int warmUp = Integer.parseInt(this.options.getOrDefault("warm-up", "10"));
		boolean measure = Boolean.parseBoolean(this.options.getOrDefault("measure", "true"));
		boolean reuse = Boolean.parseBoolean(this.options.getOrDefault("reuse", "false"));
		Path dataDir = Path.of(this.options.getOrDefault("data-dir", "target/county/" + target));
		try (CountyHubs hubs = new CountyHubs(target, dataDir)) {
			String url = option("url");
			if (!reuse && url == null) {
				hubs.clean();
			}
			long startAt = System.nanoTime();
			ConfigurableApplicationContext hub = hubs.start(url, option("user"), option("password"));
			this.notes.add("database: " + hubs.describe());
			this.notes.add("hub started (Flyway, demo catalog, staff and cases) in %.1f s"
				.formatted((System.nanoTime() - startAt) / 1e9));
			DSLContext dsl = hub.getBean(DSLContext.class);
			int held = dsl.fetchCount(CASES);
			if (held < cases) {
				if (held > 100) {
					throw new IllegalStateException("The hub holds " + held + " cases, fewer than " + cases
							+ " but more than the demo's: start without --reuse");
				}
				generate(hub, cases, residents);
				long analyse = System.nanoTime();
				// what autovacuum (PostgreSQL) and H2's automatic ANALYZE do after big
				// changes, done now so the planner knows the tables before measuring
				dsl.execute(hubs.postgres() ? "vacuum analyze" : "analyze");
				this.rows.add(new String[] {
						hubs.postgres() ? "statistics after loading (VACUUM ANALYZE)"
								: "statistics after loading (ANALYZE)",
						"%.1f s".formatted((System.nanoTime() - analyse) / 1e9), "", "" });
			}
			else {
				this.notes.add("generation skipped: the hub holds %,d cases already (--reuse)".formatted(held));
			}
			this.notes.add("cases %,d, events %,d".formatted(dsl.fetchCount(CASES), dsl.fetchCount(CASE_EVENT)));
			this.rows.add(new String[] { "database size", size(hubs, dsl), "", "" });
			if (measure) {
				measure(hub, dsl, repetitions, warmUp);
			}
			print(target, cases);
		}
	}

	/**
	 * An option's value; null when not given or blank (Maven passes unset properties as
	 * blanks).
	 */
	private @Nullable String option(String name) {
		String value = this.options.get(name);
		return (value == null || value.isBlank()) ? null : value;
	}

	private void generate(ConfigurableApplicationContext hub, int cases, int residents) {
		CountyGenerator generator = CountyGenerator.on(hub);
		CountyGenerator.Settings settings = CountyGenerator.Settings.COUNTY.withCases(cases).withResidents(residents);
		if (this.options.containsKey("span-days")) {
			settings = settings.withSpanDays(Integer.parseInt(this.options.get("span-days")));
		}
		System.out.printf(Locale.ROOT, "Generating %,d cases of %,d residents in %d villages over %d days...%n",
				settings.cases(), settings.residents(), settings.villages(), settings.spanDays());
		CountyGenerator.Result result = generator.generate(settings, (line) -> System.out.println("  " + line));
		double seconds = result.took().toMillis() / 1000.0;
		this.rows.add(new String[] {
				"generation: %,d cases, %,d events (%,d residents, %d villages, 18 townships)".formatted(result.cases(),
						result.events(), settings.residents(), settings.villages()),
				"%.0f s (%,.0f cases/s)".formatted(seconds, result.cases() / seconds), "", "" });
		this.notes.add("generated cases by status: " + result.statuses());
	}

	private void measure(ConfigurableApplicationContext hub, DSLContext dsl, int repetitions, int warmUp) {
		CountyQueries queries = new CountyQueries(hub.getBean(CaseListService.class),
				hub.getBean(CaseFiguresService.class), hub.getBean(ReviewService.class));
		SignedInUser supervisor = CountyQueries.supervisor();
		String residentId = dsl.select(CASES.RESIDENT_ID)
			.from(CASES)
			.orderBy(CASES.FILED_AT.desc())
			.offset(12345)
			.limit(1)
			.fetchOptional(CASES.RESIDENT_ID)
			.orElse("621121195003120515");
		long cold = System.nanoTime();
		int dashboardRows = queries.dashboard(supervisor);
		this.notes.add("the first dashboard after start (cold): %.0f ms, %d figure rows"
			.formatted((System.nanoTime() - cold) / 1e6, dashboardRows));
		this.rows.add(timed("dashboard: open cases by colour + handling time (30 days), per township and department",
				repetitions, warmUp, (i) -> queries.dashboard(supervisor)));
		record Search(String what, String resident, String township, TimeLimitStatus colour) {
		}
		List<Search> searches = List.of(new Search("search: resident ID number", residentId, null, null),
				new Search("search: name beginning 王 (a common surname)", "王", null, null),
				new Search("search: township QS, red", null, "QS", TimeLimitStatus.RED),
				new Search("search: name 吴, township BS, red", "吴", "BS", TimeLimitStatus.RED),
				new Search("search: yellow, whole county", null, null, TimeLimitStatus.YELLOW),
				new Search("search: township HK, newest first", null, "HK", null));
		for (Search search : searches) {
			int found = queries.search(supervisor, search.resident(), search.township(), search.colour());
			this.rows.add(timed(search.what() + " (first page + count: " + found + ")", repetitions, warmUp,
					(i) -> queries.search(supervisor, search.resident(), search.township(), search.colour())));
		}
		for (String department : List.of("县民政局", "县人力资源和社会保障局")) {
			SignedInUser reviewer = CountyQueries.reviewer(department);
			int found = queries.inbox(reviewer);
			this.rows.add(timed("inbox first page, " + department + " (first page + count: " + found + ")", repetitions,
					warmUp, (i) -> queries.inbox(reviewer)));
		}
		Map<String, Integer> statuses = new LinkedHashMap<>();
		dsl.select(CASES.STATUS, org.jooq.impl.DSL.count())
			.from(CASES)
			.groupBy(CASES.STATUS)
			.orderBy(CASES.STATUS)
			.forEach((r) -> statuses.put(r.value1(), r.value2()));
		this.notes.add("cases by status: " + statuses);
		CaseListService lists = hub.getBean(CaseListService.class);
		StringBuilder colours = new StringBuilder();
		for (TimeLimitStatus colour : TimeLimitStatus.values()) {
			colours.append(colour)
				.append(' ')
				.append(lists.count(supervisor,
						new org.bianmin.hub.cases.CaseFilter(null, null, null, null, null, null, java.util.Set.of(),
								colour, null, null, null, false, false, null, null)))
				.append("; ");
		}
		this.notes.add("open-or-finished cases by colour (count capped at 10,001): " + colours);
	}

	private static String size(CountyHubs hubs, DSLContext dsl) throws IOException {
		if (hubs.postgres()) {
			long bytes = dsl.fetchSingle("select pg_database_size(current_database())").get(0, Long.class);
			String tables = dsl.fetch(
					"select relname, pg_total_relation_size(oid) from pg_class where relname in ('cases', 'case_event')")
				.map((r) -> r.get(0) + " " + (r.get(1, Long.class) / (1024 * 1024)) + " MB")
				.toString();
			return "%,d MB (%s)".formatted(bytes / (1024 * 1024), tables);
		}
		long bytes;
		try (Stream<Path> files = Files.walk(hubs.dataDir().resolve("db"))) {
			bytes = files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
		return "%,d MB".formatted(bytes / (1024 * 1024));
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

	private static double percentile(double[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static String ms(double millis) {
		return String.format(Locale.ROOT, "%.1f ms", millis);
	}

	private void print(String target, int cases) {
		StringBuilder out = new StringBuilder();
		out.append("\nCounty benchmark (issue 5): ")
			.append(target)
			.append(", ")
			.append("%,d".formatted(cases))
			.append(" cases, ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, Java ")
			.append(System.getProperty("java.version"))
			.append("\n\n");
		out.append("| what | p50 / figure | p95 | max |\n|---|---|---|---|\n");
		for (String[] row : this.rows) {
			out.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		out.append('\n');
		this.notes.forEach((note) -> out.append("- ").append(note).append('\n'));
		System.out.println(out);
	}

}
