package org.bianmin.systest.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The harness itself: the packaged hub serves HTTPS with the throwaway certificate, the
 * proxy passes TLS through and cuts it when armed, and a node started with the workload
 * driver files cases, survives a SIGKILL with what it reported done, and starts again on
 * the same files.
 */
class HarnessTest {

	@Test
	void runs_the_packaged_apps_kills_and_restarts_a_node_and_cuts_its_link() throws Exception {
		try (SyncNetwork network = SyncNetwork.create("harness")) {
			SyncNetwork.Node node = network.addNode("QSLW", SyncNetwork.NodeMode.WORKLOAD);
			network.start();
			URI viaProxy = URI.create("https://127.0.0.1:" + node.proxy().port() + "/actuator/health");

			HttpResponse<String> health = network.http()
				.send(HttpRequest.newBuilder(viaProxy).GET().build(), HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).as("the hub's health over TLS through the proxy").isEqualTo(200);
			assertThat(node.proxy().bytesToHub()).as("bytes the proxy passed to the hub").isPositive();

			// a POST: Java's client retries a GET whose answer broke off on a reused
			// connection
			node.proxy().cutAfter(CuttingProxy.Direction.TO_NODE, 100);
			assertThatThrownBy(() -> network.http()
				.send(HttpRequest.newBuilder(viaProxy)
					.timeout(Duration.ofSeconds(10))
					.POST(HttpRequest.BodyPublishers.ofString("{}"))
					.build(), HttpResponse.BodyHandlers.ofString()))
				.isInstanceOf(IOException.class);
			assertThat(node.proxy().cuts()).singleElement()
				.satisfies((cut) -> assertThat(cut.direction()).isEqualTo(CuttingProxy.Direction.TO_NODE));

			Workload workload = new Workload(node.process());
			assertThat(workload.file(5)).isEqualTo(10);
			node.process().killNine();
			assertThat(node.process().isAlive()).isFalse();

			node.process().start().awaitHealthy();
			long events = Databases.read(node.dataDir(),
					(db) -> Databases.number(db, "select count(*) from case_event"));
			assertThat(events).as("events at the node after SIGKILL and restart").isEqualTo(10);
			assertThat(workload.file(1)).isEqualTo(2);
			node.process()
				.awaitLine(node.process().startMark(), Pattern.compile("WORKLOAD READY"), Duration.ofSeconds(1));
		}
	}

}
