package org.bianmin.systest.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.AckStatus;
import org.bianmin.model.sync.EventAck;
import org.bianmin.model.sync.PushAck;
import org.bianmin.systest.harness.CuttingProxy;
import org.bianmin.systest.harness.Databases;
import org.bianmin.systest.harness.SyncNetwork;
import org.bianmin.systest.harness.SyncNetwork.Node;
import org.bianmin.systest.harness.SystemTestFiles;
import org.bianmin.systest.harness.Workload;

/**
 * The sync benchmarks of issue 4 (docs/benchmarks.md), with the packaged hub (HTTPS, H2)
 * and a packaged township node QS on loopback, the node's link through a counting
 * {@link CuttingProxy} that never cuts:
 * <ol>
 * <li><b>push</b>: the node is loaded with {@code benchmark.events} events (default
 * 100,000) through its write path (the workload driver), then one sync run pushes them;
 * events per second of the run and bytes per event on the wire (TLS records, both
 * directions, gzip as the node sends);</li>
 * <li>the hub is filled up to {@code benchmark.hub-events} events (default 1,000,000)
 * through its push endpoint by an independent client ({@link SignedHubClient}) pushing
 * drafts of the village QSLW ({@link DraftCases}) in batches of 1,000;</li>
 * <li><b>incremental sync</b>: the node files about 100 new events and syncs, five times;
 * and a sync with nothing new;</li>
 * <li><b>first pull of a fresh node</b>: a new QS node on an empty disk (a replaced
 * computer) syncs for the first time: the hub answers NODE_BEHIND and the node rebuilds
 * everything that is QS's from the feed.</li>
 * </ol>
 * Run with {@code mvn -B -pl system-tests -am -Pbenchmark -DskipTests verify}; results
 * also go to {@code system-tests/target/systest/benchmark-results.md}.
 */
public final class SyncBenchmark {

	private final List<String> rows = new ArrayList<>();

	private SyncBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		new SyncBenchmark().run(Integer.getInteger("benchmark.events", 100_000),
				Integer.getInteger("benchmark.hub-events", 1_000_000));
	}

	private void run(int nodeEvents, int hubEvents) throws IOException {
		row("machine", Runtime.getRuntime().availableProcessors() + " cores, load average at start "
				+ Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + ", JDK " + Runtime.version(), "");
		try (SyncNetwork network = SyncNetwork.create("benchmark")) {
			Node qs = network.addNode("QS", SyncNetwork.NodeMode.WORKLOAD);
			network.start();
			Workload township = new Workload(qs.process());
			Measured first = sync(township, qs);
			row("first sync of a registered node with no case (catalog, staff)", first.millis() + " ms", first.bytes());

			// 1. push
			int cases = (int) Math.round(nodeEvents * 3.0 / 10.0);
			long loading = System.nanoTime();
			int loaded = township.file(cases, 100);
			long loadMillis = millisSince(loading);
			row("load the node through its write path: " + cases + " cases, " + loaded + " events",
					loadMillis + " ms (" + perSecond(loaded, loadMillis) + " events/s)", "");
			Duration hubCpu = cpu(network.hub());
			Duration nodeCpu = cpu(qs.process());
			Measured push = sync(township, qs);
			hubCpu = cpu(network.hub()).minus(hubCpu);
			nodeCpu = cpu(qs.process()).minus(nodeCpu);
			long atHub = hubEvents(network);
			row("**push " + loaded + " events node → hub** (one sync run, TLS, gzip, batches of 1,000)",
					push.millis() + " ms = **" + perSecond(loaded, push.millis()) + " events/s**",
					push.bytes() + "; " + String.format(Locale.ROOT, "%.1f", (double) push.toHub() / loaded)
							+ " bytes/event to the hub, "
							+ String.format(Locale.ROOT, "%.1f", (double) (push.toHub() + push.toNode()) / loaded)
							+ " both ways");
			// CPU time tells the work apart from the waiting on a machine shared with
			// others
			row("… CPU time of the push",
					String.format(Locale.ROOT, "hub %.1f s, node %.1f s (%.0f µs/event together)",
							hubCpu.toMillis() / 1000.0, nodeCpu.toMillis() / 1000.0,
							(hubCpu.toNanos() + nodeCpu.toNanos()) / 1000.0 / loaded),
					"");
			if (atHub < loaded) {
				throw new IllegalStateException("The hub holds " + atHub + " events after the push of " + loaded);
			}

			if (Boolean.getBoolean("benchmark.push-only")) {
				network.stopAll();
				System.out.println(table());
				return;
			}

			// 2. fill the hub
			int missing = (int) Math.max(0, hubEvents - atHub);
			long filling = System.nanoTime();
			int pushed = fillHub(network, missing);
			long fillMillis = millisSince(filling);
			long total = hubEvents(network);
			row("fill the hub to " + total + " events: " + pushed + " draft events of QSLW pushed by a second client"
					+ " in batches of 1,000", fillMillis + " ms (" + perSecond(pushed, fillMillis) + " events/s)", "");

			// 3. incremental
			List<Long> times = new ArrayList<>();
			for (int round = 1; round <= 5; round++) {
				int events = township.file(30);
				Measured incremental = sync(township, qs);
				times.add(incremental.millis());
				row("**incremental sync**, " + events + " new events, " + hubEvents(network)
						+ " events at the hub (run " + round + ")", "**" + incremental.millis() + " ms**",
						incremental.bytes());
			}
			Measured idle = sync(township, qs);
			row("sync with nothing new (up-to-date node, " + hubEvents(network) + " events at the hub)",
					idle.millis() + " ms", idle.bytes());

			// 4. first pull of a fresh node
			long qsEvents = Databases.read(qs.dataDir(),
					(db) -> Databases.number(db, "select count(*) from case_event"));
			qs.process().stop();
			Node fresh = network.addNode("QS", "qs-fresh", SyncNetwork.NodeMode.WORKLOAD);
			SyncNetwork.startAll(List.of(fresh.process()));
			Measured rebuild = sync(new Workload(fresh.process()), fresh);
			long pulled = Databases.read(fresh.dataDir(),
					(db) -> Databases.number(db, "select count(*) from case_event"));
			row("**first pull of a fresh node** (a new QS computer: NODE_BEHIND, rebuild of " + pulled + " of the "
					+ qsEvents + " events QS held)",
					"**" + rebuild.millis() + " ms** (" + perSecond(pulled, rebuild.millis()) + " events/s)",
					rebuild.bytes() + "; "
							+ String.format(Locale.ROOT, "%.1f", (double) rebuild.toNode() / Math.max(1, pulled))
							+ " bytes/event to the node");
			network.stopAll();
		}
		String table = table();
		System.out.println(table);
		Path results = SystemTestFiles.root().resolve("benchmark-results.md");
		Files.writeString(results, "Sync benchmark " + Instant.now() + "\n\n" + table, StandardCharsets.UTF_8);
		System.out.println("Written to " + results);
	}

	private record Measured(long millis, long toHub, long toNode) {

		String bytes() {
			return String.format(Locale.ROOT, "%,d bytes to the hub, %,d to the node", this.toHub, this.toNode);
		}

	}

	private static Measured sync(Workload workload, Node node) {
		long toHub = node.proxy().bytesToHub();
		long toNode = node.proxy().bytesToNode();
		long started = System.nanoTime();
		String answer = workload.command("sync", java.time.Duration.ofHours(1));
		long millis = millisSince(started);
		if (!answer.contains("outcome=DONE")) {
			throw new IllegalStateException("The sync run ended " + answer + "; log " + node.process().log());
		}
		return new Measured(millis, node.proxy().bytesToHub() - toHub, node.proxy().bytesToNode() - toNode);
	}

	private static Duration cpu(org.bianmin.systest.harness.AppProcess app) {
		return ProcessHandle.of(app.pid())
			.flatMap((handle) -> handle.info().totalCpuDuration())
			.orElseThrow(() -> new IllegalStateException("no CPU time of " + app.name()));
	}

	private static int fillHub(SyncNetwork network, int events) {
		SignedHubClient client = new SignedHubClient(network.http(), URI.create(network.hubUrl()), NodeCode.of("QSLW"),
				SyncNetwork.DEMO_SECRETS.get("QSLW"));
		DraftCases drafts = new DraftCases();
		int casesPerBatch = 1000 / DraftCases.EVENTS_PER_CASE;
		int pushed = 0;
		long outboxSeq = 0;
		while (pushed < events) {
			List<CaseEvent> batch = drafts.next(casesPerBatch);
			outboxSeq += batch.size();
			PushAck ack = client.push(batch, outboxSeq);
			for (EventAck answer : ack.acks()) {
				if (answer.status() != AckStatus.STORED) {
					throw new IllegalStateException("The hub did not store " + answer);
				}
			}
			pushed += batch.size();
			if (pushed % 100_000 == 0) {
				System.out.println("filled " + pushed + " of " + events);
			}
		}
		return pushed;
	}

	private static long hubEvents(SyncNetwork network) {
		return Databases.read(network.hubData(), (db) -> Databases.number(db, "select count(*) from case_event"));
	}

	private void row(String what, String figure, String wire) {
		this.rows.add("| " + what + " | " + figure + " | " + wire + " |");
		System.out.println("BENCHMARK " + what + ": " + figure + (wire.isEmpty() ? "" : " (" + wire + ")"));
	}

	private String table() {
		return "| what | figure | on the wire |\n|---|---|---|\n" + String.join("\n", this.rows) + "\n";
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	private static String perSecond(long count, long millis) {
		return String.format(Locale.ROOT, "%,d", count * 1000 / Math.max(1, millis));
	}

}
