package org.bianmin.systest.trust;

import java.time.Duration;
import java.util.Optional;

import org.bianmin.systest.harness.AppProcess;
import org.bianmin.systest.harness.SyncNetwork;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "The node refuses plain HTTP to any other host" (issue 4, docs/sync-protocol.md section
 * 2): the packaged node, configured with {@code http://} to an address that is not
 * loopback, does not start, and says why. The address is never contacted.
 */
class PlainHttpRefusedTest {

	@Test
	void a_node_configured_with_plain_http_to_another_host_refuses_to_start_and_says_why() {
		try (SyncNetwork network = SyncNetwork.create("plain-http")) {
			// 192.0.2.0/24 is TEST-NET-1 (RFC 5737): documentation only, never routed
			SyncNetwork.Node node = network.addNode("QS", SyncNetwork.NodeMode.DEMO,
					"--bianmin.hub.url=http://192.0.2.10:8080/", "--bianmin.hub.trust-anchor=");
			AppProcess process = node.process().start();
			Optional<Integer> exit = process.awaitExit(Duration.ofSeconds(120));
			assertThat(exit).as("the node ended by itself instead of serving; log %s", process.log()).isPresent();
			assertThat(exit.orElseThrow()).as("exit value").isNotZero();
			assertThat(process.tail(400)).as("the node's log says what is wrong")
				.contains("bianmin.hub.url")
				.contains("192.0.2.10")
				.contains("https");
		}
	}

}
