package org.bianmin.hub.sync;

import java.time.Duration;

import org.bianmin.model.sync.NodeReport;
import org.bianmin.model.sync.NodeReportAnswer;
import org.bianmin.model.sync.SyncProtocol;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A node's report (docs/sync-protocol.md 10) is kept for the registry screen, and the
 * answer carries the node's clock skew, flagged beyond the bound (7).
 */
class NodeReportTest extends SyncEndpointTest {

	@Test
	void keeps_the_figures_and_flags_a_clock_beyond_the_bound() {
		Node node = township();
		SignedClient skewed = client(node.code(), node.secret()).withClockError(Duration.ofMinutes(3), true);

		NodeReportAnswer answer = skewed
			.report(new NodeReport(SyncProtocol.VERSION, node.code(), 41, 1234, 5, 1, 2, 3));

		assertThat(answer.clockSkewMillis()).isCloseTo(Duration.ofMinutes(3).toMillis(), within(30_000L));
		assertThat(answer.clockFlagged()).isTrue();
		SyncNode held = this.registry.find(node.code()).orElseThrow();
		assertThat(this.registry.isClockFlagged(held)).isTrue();
		assertThat(held.report()).isNotNull();
		assertThat(held.report().cursor()).isEqualTo(41);
		assertThat(held.report().outboxSeq()).isEqualTo(1234);
		assertThat(held.report().pendingEvents()).isEqualTo(5);
		assertThat(held.report().rejectedEvents()).isEqualTo(1);
		assertThat(held.report().pendingAttachments()).isEqualTo(2);
		assertThat(held.report().catalogVersion()).isEqualTo(3);
	}

	@Test
	void does_not_flag_a_clock_within_the_bound() {
		Node node = township();
		SignedClient close = client(node.code(), node.secret()).withClockError(Duration.ofSeconds(20), false);

		NodeReportAnswer answer = close.report(new NodeReport(SyncProtocol.VERSION, node.code(), 0, 0, 0, 0, 0, 1));

		assertThat(answer.clockFlagged()).isFalse();
		assertThat(this.registry.isClockFlagged(this.registry.find(node.code()).orElseThrow())).isFalse();
	}

	@Test
	void refuses_a_report_of_another_node() {
		Node node = township();
		Node other = township();

		SignedClient.Response response = node.client()
			.post(SyncProtocol.REPORT_PATH, new NodeReport(SyncProtocol.VERSION, other.code(), 0, 0, 0, 0, 0, 1));

		assertThat(response.status).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("MALFORMED_BODY");
	}

}
