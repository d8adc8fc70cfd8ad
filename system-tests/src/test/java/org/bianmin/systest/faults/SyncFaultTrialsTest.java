package org.bianmin.systest.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

	private static final Pattern SYNC_ANSWER = Pattern.compile("^WORKLOAD (DONE|FAILED) sync(?: (.*))?$");

	/** What goes wrong during a trial's sync run. */
	enum Fault {

		/** SIGKILL of the village while it pushes its new cases (after its pull). */
		KILL_VILLAGE_WHILE_PUSHING,

		/**
		 * SIGKILL of the township while it pulls the village's cases and pushes its own.
		 */
		KILL_TOWNSHIP_WHILE_SYNCING,

		/** SIGKILL of the hub while the village pushes. */
		KILL_HUB_WHILE_VILLAGE_PUSHES,

		/** SIGKILL of the hub while the township pulls and pushes. */
		KILL_HUB_WHILE_TOWNSHIP_SYNCS,

		/** The link cut in the middle of a request of the village (push). */
		CUT_VILLAGE_REQUEST,

		/** The link cut in the middle of an answer to the village (push acks). */
		CUT_VILLAGE_ANSWER,

		/** The link cut in the middle of a request of the township (pull, push). */
		CUT_TOWNSHIP_REQUEST,

		/** The link cut in the middle of an answer to the township (feed pages, acks). */
		CUT_TOWNSHIP_ANSWER;

		boolean village() {
			return this == KILL_VILLAGE_WHILE_PUSHING || this == KILL_HUB_WHILE_VILLAGE_PUSHES
					|| this == CUT_VILLAGE_REQUEST || this == CUT_VILLAGE_ANSWER;
		}

	}

	/** How long an undisturbed run of a node took and how many bytes it moved. */
	private static final class RunSize {

		private long millis = 1_000;

		private long toHub = 50_000;

		private long toNode = 50_000;

		void measured(long millis, long toHub, long toNode) {
			// the latest undisturbed run with work, so the range follows the workload
			if (toHub + toNode > 10_000) {
				this.millis = Math.max(100, millis);
				this.toHub = toHub;
				this.toNode = toNode;
			}
		}

	}

	private final Map<String, RunSize> sizes = Map.of("QSLW", new RunSize(), "QS", new RunSize());

	private final List<String> report = new ArrayList<>();

	@Test
	void a_kill_or_a_cut_at_a_random_moment_of_a_sync_loses_and_doubles_nothing() {
		long seed = Long.getLong("sync.seed", System.nanoTime());
		int trials = Integer.getInteger("sync.trials", 12);
		System.out.println("SyncFaultTrialsTest: " + trials + " trials, seed " + seed + " (-Dsync.seed=" + seed
				+ " repeats it, -Dsync.trials=200 runs more)");
		Random random = new Random(seed);
		try (SyncNetwork network = SyncNetwork.create("faults")) {
			Node village = network.addNode("QSLW", SyncNetwork.NodeMode.WORKLOAD);
			Node township = network.addNode("QS", SyncNetwork.NodeMode.WORKLOAD);
			network.start();
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

	/** Gives the nodes work, starts one node's sync run and disturbs it. */
	private String runTrial(SyncNetwork network, Map<String, Workload> work, Fault fault, Random random) {
		Node village = network.node("QSLW");
		Node township = network.node("QS");
		// new work on both sides: the village's new cases reach the township through the
		// hub
		int villageCases = 40 + random.nextInt(400);
		work.get("QSLW").file(villageCases);
		int accepted = work.get("QS").accept();
		work.get("QS").file(10 + random.nextInt(100));
		Node syncing = fault.village() ? village : township;
		if (!fault.village()) {
			// the township's run then has something to pull
			sync(work.get("QSLW"));
		}
		RunSize size = this.sizes.get(syncing.code());
		String what = "village filed " + villageCases + " cases, township accepted " + accepted;
		int mark = syncing.process().mark();
		switch (fault) {
			case KILL_VILLAGE_WHILE_PUSHING, KILL_TOWNSHIP_WHILE_SYNCING -> {
				long delay = random.nextLong(size.millis + 1);
				syncing.process().send("sync");
				sleep(delay);
				boolean finished = syncing.process().findLine(mark, SYNC_ANSWER, Duration.ZERO).isPresent();
				syncing.process().killNine();
				restart(syncing.process());
				what += "; " + syncing.code() + " killed " + delay + " ms into its run"
						+ (finished ? " (the run had ended)" : "");
			}
			case KILL_HUB_WHILE_VILLAGE_PUSHES, KILL_HUB_WHILE_TOWNSHIP_SYNCS -> {
				long delay = random.nextLong(size.millis + 1);
				syncing.process().send("sync");
				sleep(delay);
				network.hub().killNine();
				String answer = syncAnswer(syncing.process(), mark);
				restart(network.hub());
				what += "; hub killed " + delay + " ms into " + syncing.code() + "'s run, which ended " + answer;
			}
			case CUT_VILLAGE_REQUEST, CUT_TOWNSHIP_REQUEST, CUT_VILLAGE_ANSWER, CUT_TOWNSHIP_ANSWER -> {
				boolean request = fault == Fault.CUT_VILLAGE_REQUEST || fault == Fault.CUT_TOWNSHIP_REQUEST;
				CuttingProxy.Direction direction = request ? CuttingProxy.Direction.TO_HUB
						: CuttingProxy.Direction.TO_NODE;
				long bytes = random.nextLong((request ? size.toHub : size.toNode) + 1);
				syncing.proxy().cutAfter(direction, bytes);
				syncing.process().send("sync");
				String answer = syncAnswer(syncing.process(), mark);
				boolean fired = !syncing.proxy().isArmed();
				syncing.proxy().disarm();
				what += "; link of " + syncing.code() + " cut after " + bytes + " bytes " + direction
						+ (fired ? "" : " (the run moved fewer bytes: not cut)") + ", the run ended " + answer;
			}
		}
		return what;
	}

	/** Syncs every node in turn until a round moves nothing (at most 8 rounds). */
	private void settle(SyncNetwork network, Map<String, Workload> work) {
		String before = null;
		for (int round = 1; round <= 8; round++) {
			for (String code : List.of("QSLW", "QS", "QSLW")) {
				Node node = network.node(code);
				long toHub = node.proxy().bytesToHub();
				long toNode = node.proxy().bytesToNode();
				long started = System.nanoTime();
				String outcome = sync(work.get(code));
				long millis = (System.nanoTime() - started) / 1_000_000;
				assertThat(outcome).as("%s's sync run while settling; log %s", code, node.process().log())
					.contains("outcome=DONE");
				this.sizes.get(code)
					.measured(millis, node.proxy().bytesToHub() - toHub, node.proxy().bytesToNode() - toNode);
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
		List<String> problems = Agreement.problems(hub, nodes);
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
