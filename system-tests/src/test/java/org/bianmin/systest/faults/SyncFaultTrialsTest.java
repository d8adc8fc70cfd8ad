package org.bianmin.systest.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.bianmin.systest.harness.AppProcess;
import org.bianmin.systest.harness.CuttingProxy;
import org.bianmin.systest.harness.SyncNetwork;
import org.bianmin.systest.harness.SyncNetwork.Node;
import org.bianmin.systest.harness.Workload;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "A crash or cut at any point leads on the next run to neither loss nor duplicates"
 * (issue 4, docs/sync-protocol.md 5.3, 6, 9), with the real processes: the packaged hub
 * over HTTPS, the village point QSLW and the township QS, each node behind its own
 * {@link CuttingProxy}. Each trial gives the nodes work (the village files and submits
 * cases, which travel to the township through the hub; the township accepts them, files
 * its own and forwards county items), starts a sync run and disturbs it at a random
 * moment: SIGKILL of the syncing node or of the hub, or the proxy cutting the link after
 * a random number of bytes of a request or of an answer. Then the killed process starts
 * again on its files, the network syncs until quiet, and the hub's and the nodes' H2
 * databases must agree event for event ({@link Agreement}). After the last trial every
 * process is stopped and the files are checked once more.
 *
 * <p>
 * {@code -Dsync.trials=200} runs a long series (docs/development.md),
 * {@code -Dsync.seed=} repeats one; the seed is printed first.
 */
class SyncFaultTrialsTest {

	/** {@code -Dsync.scans=false} leaves scans (uploads) out of the trials. */
	private static final boolean SCANS = Boolean.parseBoolean(System.getProperty("sync.scans", "true"));

	private static final Pattern SYNC_ANSWER = Pattern.compile("^WORKLOAD (DONE|FAILED) sync(?: (.*))?$");

	/** What goes wrong during a trial's sync run. */
	enum Fault {

		/** SIGKILL of the village during its run (pull, then push of its new cases). */
		KILL_VILLAGE,

		/** SIGKILL of the township during its run (pull of the village's cases, push). */
		KILL_TOWNSHIP,

		/** SIGKILL of the hub during the village's run. */
		KILL_HUB_IN_VILLAGE_RUN,

		/** SIGKILL of the hub during the township's run. */
		KILL_HUB_IN_TOWNSHIP_RUN,

		/** The village's link cut in the middle of a request (pull, push, report). */
		CUT_VILLAGE_REQUEST,

		/** The village's link cut in the middle of an answer (feed page, acks). */
		CUT_VILLAGE_ANSWER,

		/** The township's link cut in the middle of a request. */
		CUT_TOWNSHIP_REQUEST,

		/** The township's link cut in the middle of an answer. */
		CUT_TOWNSHIP_ANSWER;

		boolean village() {
			return name().contains("VILLAGE");
		}

	}

	/**
	 * Bytes per new event of a trial that a node's run moved over its link, each way,
	 * learnt from the runs that ended before their fault (and from the warm-up): a
	 * trial's fault is placed at a random byte of the run's expected traffic.
	 */
	private static final class Traffic {

		private double toHub = 200;

		private double toNode = 100;

		void learn(long bytesToHub, long bytesToNode, int events) {
			if (events > 0 && bytesToHub + bytesToNode > 0) {
				this.toHub = Math.max(20, (double) bytesToHub / events);
				this.toNode = Math.max(20, (double) bytesToNode / events);
			}
		}

		long expected(CuttingProxy.Direction direction, int events) {
			return Math.round(((direction == CuttingProxy.Direction.TO_HUB) ? this.toHub : this.toNode) * events);
		}

	}

	private final Map<String, Traffic> traffic = Map.of("QSLW", new Traffic(), "QS", new Traffic());

	private final List<String> report = new ArrayList<>();

	private Set<UUID> seeded = Set.of();

	@Test
	void a_kill_or_a_cut_at_a_random_moment_of_a_sync_loses_and_doubles_nothing() {
		long seed = Long.getLong("sync.seed", System.nanoTime());
		int trials = Integer.getInteger("sync.trials", 10);
		System.out.println("SyncFaultTrialsTest: " + trials + " trials, seed " + seed + " (-Dsync.seed=" + seed
				+ " repeats it, -Dsync.trials=200 runs more)");
		Random random = new Random(seed);
		try (SyncNetwork network = SyncNetwork.create("faults")) {
			Node village = network.addNode("QSLW", SyncNetwork.NodeMode.WORKLOAD);
			Node township = network.addNode("QS", SyncNetwork.NodeMode.WORKLOAD);
			network.start();
			// the hub's demo profile imports county demo cases "from" QS and QSLW at its
			// start;
			// fresh nodes never held them, so they are left out of "must be at the node"
			this.seeded = Agreement.hub(network.hubData()).byCase().keySet();
			Map<String, Workload> work = Map.of("QSLW", new Workload(village.process()), "QS",
					new Workload(township.process()));

			// a first round without faults: the nodes' first pulls, and the sizes of a
			// run
			work.get("QSLW").file(60);
			work.get("QS").file(30);
			settle(network, work);
			assertAgreement(network, "warm-up");

			for (int trial = 1; trial <= trials; trial++) {
				Fault fault = Fault.values()[random.nextInt(Fault.values().length)];
				long started = System.nanoTime();
				String what = runTrial(network, work, fault, random);
				settle(network, work);
				String agreed = assertAgreement(network, "trial " + trial + " (" + fault + ", seed " + seed + ")");
				String line = String.format("trial %d/%d %s: %s; settled and agreed in %d ms: %s", trial, trials, fault,
						what, (System.nanoTime() - started) / 1_000_000, agreed);
				this.report.add(line);
				System.out.println(line);
			}

			network.stopAll();
			String agreed = assertAgreement(network, "after a normal stop of every process");
			System.out.println("SyncFaultTrialsTest: all stopped, the files agree: " + agreed);
		}
	}

	/**
	 * Gives the nodes work, starts one node's sync run and disturbs it: a kill at a
	 * random byte of the run's traffic in a random direction (the proxy marks the moment)
	 * plus a random delay of up to 60 ms, so that kills land inside requests, inside the
	 * hub's transaction and inside answers; or a cut of the link at a random byte.
	 */
	private String runTrial(SyncNetwork network, Map<String, Workload> work, Fault fault, Random random) {
		Node village = network.node("QSLW");
		Node township = network.node("QS");
		// new work on both sides: the village's new cases reach the township through the
		// hub
		int villageCases = 40 + random.nextInt(400);
		int events = work.get("QSLW").file(villageCases);
		int accepted = work.get("QS").accept();
		events += accepted;
		events += work.get("QS").file(10 + random.nextInt(100));
		// scans to upload in the township's run (two or three 256 KiB chunks each at
		// most)
		int scans = SCANS ? random.nextInt(4) : 0;
		String scanned = work.get("QS").command("scan " + scans + " 400000", Duration.ofMinutes(2));
		events += scans;
		Node syncing = fault.village() ? village : township;
		if (!fault.village()) {
			// the township's run then has something to pull
			sync(work.get("QSLW"));
		}
		String what = "village filed " + villageCases + " cases, township accepted " + accepted + " (" + events
				+ " new events)";
		CuttingProxy.Direction direction = CuttingProxy.Direction.values()[random.nextInt(2)];
		if (fault.name().endsWith("REQUEST")) {
			direction = CuttingProxy.Direction.TO_HUB;
		}
		else if (fault.name().endsWith("ANSWER")) {
			direction = CuttingProxy.Direction.TO_NODE;
		}
		long expected = this.traffic.get(syncing.code()).expected(direction, events);
		int trialEvents = events;
		long bytes = random.nextLong(expected + 1);
		int mark = syncing.process().mark();
		long toHub = syncing.proxy().bytesToHub();
		long toNode = syncing.proxy().bytesToNode();
		Runnable learn = () -> this.traffic.get(syncing.code())
			.learn(syncing.proxy().bytesToHub() - toHub, syncing.proxy().bytesToNode() - toNode, trialEvents);
		if (fault.name().startsWith("KILL")) {
			AppProcess victim = switch (fault) {
				case KILL_VILLAGE -> village.process();
				case KILL_TOWNSHIP -> township.process();
				default -> network.hub();
			};
			long delay = random.nextLong(61);
			CompletableFuture<Long> moment = syncing.proxy().markAfter(direction, bytes);
			syncing.process().send("sync");
			boolean reached = awaitMomentOrEnd(moment, syncing.process(), mark);
			sleep(delay);
			boolean ended = syncing.process().findLine(mark, SYNC_ANSWER, Duration.ZERO).isPresent();
			if (ended) {
				learn.run();
			}
			victim.killNine();
			what += "; " + victim.name() + " killed " + delay + " ms after byte " + bytes + " of ~" + expected + " "
					+ direction + " of " + syncing.code() + "'s run"
					+ (reached ? "" : " (the run ended before that byte)") + (ended ? ", after the run's end" : "");
			if (victim != syncing.process()) {
				what += "; the run ended " + syncAnswer(syncing.process(), mark);
			}
			restart(victim);
		}
		else {
			syncing.proxy().cutAfter(direction, bytes);
			syncing.process().send("sync");
			String answer = syncAnswer(syncing.process(), mark);
			boolean fired = !syncing.proxy().isArmed();
			syncing.proxy().disarm();
			if (!fired) {
				learn.run();
			}
			what += "; link of " + syncing.code() + " cut after byte " + bytes + " of ~" + expected + " " + direction
					+ (fired ? "" : " (the run moved fewer bytes: not cut)") + ", the run ended " + answer;
		}
		return what;
	}

	/** Whether the mark was reached (true) or the run ended first (false). */
	private static boolean awaitMomentOrEnd(CompletableFuture<Long> moment, AppProcess syncing, int mark) {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			if (moment.isDone()) {
				return true;
			}
			if (syncing.findLine(mark, SYNC_ANSWER, Duration.ZERO).isPresent()) {
				return moment.isDone();
			}
			sleep(1);
		}
		throw new AssertionError("The sync run of " + syncing.name() + " neither reached the mark nor ended");
	}

	/** Syncs every node in turn until a round moves nothing (at most 8 rounds). */
	private void settle(SyncNetwork network, Map<String, Workload> work) {
		String before = null;
		for (int round = 1; round <= 8; round++) {
			for (String code : List.of("QSLW", "QS", "QSLW")) {
				Node node = network.node(code);
				String outcome = sync(work.get(code));
				assertThat(outcome).as("%s's sync run while settling; log %s", code, node.process().log())
					.contains("outcome=DONE");
			}
			String after = Agreement.summary(Agreement.hub(network.hubData()), snapshots(network));
			if (after.equals(before)) {
				return;
			}
			before = after;
		}
		throw new AssertionError("The network did not settle within 8 rounds of sync: " + before);
	}

	private static String sync(Workload work) {
		return work.command("sync", Duration.ofMinutes(5));
	}

	private static String syncAnswer(AppProcess node, int mark) {
		return node.findLine(mark, SYNC_ANSWER, Duration.ofMinutes(3))
			.map((answer) -> answer.group(1) + " " + answer.group(2))
			.orElseThrow(() -> new AssertionError("No answer to sync from " + node.name() + "; log " + node.log()));
	}

	private static void restart(AppProcess process) {
		SyncNetwork.startAll(List.of(process));
	}

	private static Map<String, Agreement.Snapshot> snapshots(SyncNetwork network) {
		Map<String, Agreement.Snapshot> nodes = new LinkedHashMap<>();
		for (Node node : network.nodes()) {
			nodes.put(node.code(), Agreement.node(node.dataDir(), node.code()));
		}
		return nodes;
	}

	private String assertAgreement(SyncNetwork network, String when) {
		Agreement.Snapshot hub = Agreement.hub(network.hubData());
		Map<String, Agreement.Snapshot> nodes = snapshots(network);
		List<String> problems = Agreement.problems(hub, nodes, this.seeded);
		assertThat(problems).as("hub and nodes disagree %s; trials so far:%n%s", when, String.join("\n", this.report))
			.isEmpty();
		assertThat(hub.events()).as("events at the hub").isNotEmpty();
		return Agreement.summary(hub, nodes);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
