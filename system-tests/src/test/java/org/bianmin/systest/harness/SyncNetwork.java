package org.bianmin.systest.harness;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

/**
 * A county network of separate processes: the county hub serving HTTPS with a throwaway
 * certificate, and nodes that reach it through their own {@link CuttingProxy}, each
 * started from the packaged jars of this build with its own data directory under
 * {@code target/systest/<name>/} and its own free ports.
 *
 * <p>
 * The hub runs with its demo profile: it registers the nodes QS and QSLW with the demo
 * secrets, seeds the demo catalog and staff, and holds no case. Nodes run either as they
 * ship with the demo profile (the browser journey) or with an explicit identity and the
 * workload driver (the fault trials, {@code org.bianmin.node.workload}).
 *
 * <p>
 * Every app's H2 URL is the one of its {@code application.yml} with
 * {@code AUTO_SERVER=TRUE} instead of {@code FALSE}: the test can then read a running
 * app's database ({@link Databases}) between trials without stopping it. The storage is
 * the same, and the final check of a run opens the files of stopped processes.
 */
public final class SyncNetwork implements AutoCloseable {

	/** The demo secrets the hub's demo profile registers (demo only, see README). */
	public static final Map<String, String> DEMO_SECRETS = Map.of("QS", "demo-only-QS-2mV9xK4pR8sT1wY6zA3bC5dE0fG2h",
			"QSLW", "demo-only-QSLW-9xK4pR8sT1wY6zA3bC5dE0fG2h7");

	private final Path dir;

	private final TestCertificate tls;

	private final HttpClient http;

	private final int hubPort;

	private final AppProcess hub;

	private final Map<String, Node> nodes = new LinkedHashMap<>();

	/**
	 * A node of the network.
	 *
	 * @param code its node code
	 * @param process its JVM
	 * @param proxy the link between it and the hub
	 * @param dataDir its data directory
	 * @param port its HTTP port
	 */
	public record Node(String code, AppProcess process, CuttingProxy proxy, Path dataDir, int port) {

		public String url() {
			return "http://127.0.0.1:" + this.port + "/";
		}

	}

	/** How a node runs. */
	public enum NodeMode {

		/**
		 * The demo profile as it ships (its demo staff and cases); no workload driver.
		 */
		DEMO,

		/**
		 * An explicit identity, no demo data, the workload driver reading standard input;
		 * the scheduled sync off (the test starts each run).
		 */
		WORKLOAD

	}

	private SyncNetwork(String name, List<String> hubArguments) {
		this.dir = SystemTestFiles.freshDirectory(name);
		// each process's log appends across its restarts; a new network starts new logs
		SystemTestFiles.deleteLogsOf(name + "-");
		this.tls = TestCertificate.create(this.dir.resolve("tls"));
		this.http = HttpClient.newBuilder()
			.sslContext(this.tls.trustingContext())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		this.hubPort = FreePorts.next();
		Path hubData = this.dir.resolve("hub");
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.profiles.active", "demo");
		properties.put("server.port", String.valueOf(this.hubPort));
		properties.put("server.address", "127.0.0.1");
		properties.put("bianmin.data-dir", hubData.toString());
		properties.put("spring.datasource.url", Databases.url(hubData));
		properties.put("logging.level.org.bianmin", "info");
		overrideWith(properties, this.tls.serverArguments().toArray(String[]::new));
		overrideWith(properties, hubArguments.toArray(String[]::new));
		List<String> arguments = new ArrayList<>();
		properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		this.hub = new AppProcess(new AppProcess.Launch(name + "-hub", SystemTestFiles.requiredFile("systest.hub.jar"),
				List.of(), AppProcess.Launch.JAR_LAUNCHER, arguments, false,
				URI.create("https://127.0.0.1:" + this.hubPort + "/actuator/health")), this.http);
	}

	/** A network with a hub (not started yet) and no node. */
	public static SyncNetwork create(String name, String... hubArguments) {
		return new SyncNetwork(name, List.of(hubArguments));
	}

	/**
	 * Adds a node (not started): the demo's QS (a township) or QSLW (a village under QS),
	 * whose link to the hub goes through a new proxy.
	 */
	public Node addNode(String code, NodeMode mode, String... extraArguments) {
		return addNode(code, code, mode, extraArguments);
	}

	/**
	 * Adds a node under another name (its data directory, its log,
	 * {@link #node(String)}): e.g. a second QS on an empty disk, a replaced computer.
	 */
	public Node addNode(String code, String name, NodeMode mode, String... extraArguments) {
		if (this.nodes.containsKey(name)) {
			throw new IllegalArgumentException("A node named " + name + " is in the network already");
		}
		int port = FreePorts.next();
		Path data = this.dir.resolve(name.toLowerCase(java.util.Locale.ROOT));
		CuttingProxy proxy = new CuttingProxy(this.hubPort);
		boolean village = "QSLW".equals(code);
		Map<String, String> properties = new LinkedHashMap<>();
		if (mode == NodeMode.DEMO) {
			properties.put("spring.profiles.active", "demo" + (village ? ",village" : ""));
		}
		else {
			properties.put("bianmin.node.code", code);
			properties.put("bianmin.node.level", village ? "VILLAGE" : "TOWNSHIP");
			properties.put("bianmin.node.name", village ? "青石镇柳湾村便民服务点" : "青石镇便民服务中心");
			properties.put("bianmin.node.hub", "YL");
			if (village) {
				properties.put("bianmin.node.parent-township", "QS");
			}
			properties.put("bianmin.sync.enabled", "false");
		}
		properties.put("server.port", String.valueOf(port));
		properties.put("server.address", "127.0.0.1");
		properties.put("bianmin.data-dir", data.toString());
		properties.put("spring.datasource.url", Databases.url(data));
		properties.put("bianmin.hub.url", "https://127.0.0.1:" + proxy.port() + "/");
		properties.put("bianmin.hub.secret", DEMO_SECRETS.get(code));
		properties.put("bianmin.hub.trust-anchor", this.tls.pem().toString());
		properties.put("logging.level.org.bianmin", "info");
		overrideWith(properties, extraArguments);
		List<String> arguments = new ArrayList<>();
		properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		List<String> jvmOptions = new ArrayList<>();
		String launcher = AppProcess.Launch.JAR_LAUNCHER;
		if (mode == NodeMode.WORKLOAD) {
			jvmOptions.add("-Dloader.path=" + SystemTestFiles.requiredFile("systest.node.test-classes"));
			jvmOptions.add("-Dloader.main=org.bianmin.node.workload.WorkloadNode");
			launcher = AppProcess.Launch.PROPERTIES_LAUNCHER;
		}
		AppProcess process = new AppProcess(
				new AppProcess.Launch(this.dir.getFileName() + "-" + code,
						SystemTestFiles.requiredFile("systest.node.jar"), jvmOptions, launcher, arguments,
						mode == NodeMode.WORKLOAD, URI.create("http://127.0.0.1:" + port + "/actuator/health")),
				this.http);
		Node node = new Node(code, process, proxy, data, port);
		this.nodes.put(name, node);
		return node;
	}

	/**
	 * Spring joins a property given twice on the command line with a comma, so arguments
	 * replace the defaults by name; {@code --name=} (empty) removes one.
	 */
	private static void overrideWith(Map<String, String> properties, String... arguments) {
		for (String argument : arguments) {
			if (!argument.startsWith("--") || !argument.contains("=")) {
				throw new IllegalArgumentException("Not --name=value: " + argument);
			}
			String name = argument.substring(2, argument.indexOf('='));
			String value = argument.substring(argument.indexOf('=') + 1);
			if (value.isEmpty()) {
				properties.remove(name);
			}
			else {
				properties.put(name, value);
			}
		}
	}

	/** Starts the hub and every node at once and waits until all are healthy. */
	public SyncNetwork start() {
		List<AppProcess> all = new ArrayList<>();
		all.add(this.hub);
		this.nodes.values().forEach((node) -> all.add(node.process()));
		startAll(all);
		return this;
	}

	/**
	 * Starts processes at once (two cores start three JVMs faster together) and waits.
	 */
	public static void startAll(List<AppProcess> processes) {
		processes.forEach(AppProcess::start);
		List<CompletableFuture<AppProcess>> healthy = processes.stream()
			.map((process) -> CompletableFuture.supplyAsync(process::awaitHealthy))
			.toList();
		healthy.forEach(CompletableFuture::join);
	}

	public AppProcess hub() {
		return this.hub;
	}

	public Path hubData() {
		return this.dir.resolve("hub");
	}

	public String hubUrl() {
		return "https://127.0.0.1:" + this.hubPort + "/";
	}

	public int hubPort() {
		return this.hubPort;
	}

	/** A node by its name (its code, unless it was added under another name). */
	public Node node(String name) {
		Node node = this.nodes.get(name);
		if (node == null) {
			throw new IllegalArgumentException("No node " + name + " in this network");
		}
		return node;
	}

	public List<Node> nodes() {
		return List.copyOf(this.nodes.values());
	}

	public TestCertificate tls() {
		return this.tls;
	}

	public HttpClient http() {
		return this.http;
	}

	public Path dir() {
		return this.dir;
	}

	/** Stops every process normally (nodes first), closing their databases. */
	public void stopAll() {
		this.nodes.values().forEach((node) -> node.process().stop());
		this.hub.stop();
	}

	@Override
	public void close() {
		@Nullable RuntimeException first = null;
		for (Node node : this.nodes.values()) {
			try {
				node.process().close();
			}
			catch (RuntimeException ex) {
				first = (first != null) ? first : ex;
			}
			node.proxy().close();
		}
		try {
			this.hub.close();
		}
		catch (RuntimeException ex) {
			first = (first != null) ? first : ex;
		}
		if (first != null) {
			throw first;
		}
	}

}
