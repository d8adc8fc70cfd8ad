package org.bianmin.hub.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.bianmin.hub.DemoHubTest;
import org.bianmin.hub.staff.StaffAccountService;
import org.bianmin.hub.staff.StaffUserDetails;
import org.bianmin.hub.sync.SyncNode;
import org.bianmin.hub.sync.SyncNodeService;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo hub registers the demo network itself, with the secrets the demo nodes are
 * configured with, and owns their staff under the ids the nodes give them too.
 */
@DemoHubTest
class DemoNetworkTest {

	@Autowired
	SyncNodeService nodes;

	@Autowired
	StaffAccountService accounts;

	@Autowired
	DemoNetwork network;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void registers_the_township_and_its_village_with_their_demo_secrets() {
		SyncNode township = this.nodes.find(NodeCode.of("QS")).orElseThrow();
		SyncNode village = this.nodes.find(NodeCode.of("QSLW")).orElseThrow();

		assertThat(township.level()).isEqualTo(NodeLevel.TOWNSHIP);
		assertThat(village.parentTownship()).isEqualTo(NodeCode.of("QS"));
		assertThat(secret("QS")).isEqualTo("demo-only-QS-2mV9xK4pR8sT1wY6zA3bC5dE0fG2h");
		assertThat(secret("QSLW")).isEqualTo("demo-only-QSLW-9xK4pR8sT1wY6zA3bC5dE0fG2h7");
	}

	@Test
	void seeds_the_node_staff_with_the_ids_the_demo_nodes_use() {
		StaffUserDetails agent = (StaffUserDetails) this.accounts.loadUserByUsername("agent");

		assertThat(agent.id())
			.isEqualTo(UUID.nameUUIDFromBytes("bianmin-demo-staff:agent".getBytes(StandardCharsets.UTF_8)));
		assertThat(agent.nodeCode()).isEqualTo("QSLW");
		assertThat(((StaffUserDetails) this.accounts.loadUserByUsername("clerk.b")).nodeCode()).isEqualTo("QS");
	}

	@Test
	void running_again_changes_nothing() {
		long feedBefore = this.nodes.find(NodeCode.of("QS")).orElseThrow().feedSeq();
		ApplicationArguments none = new DefaultApplicationArguments();

		this.network.run(none);

		assertThat(this.nodes.find(NodeCode.of("QS")).orElseThrow().feedSeq()).isEqualTo(feedBefore);
	}

	private String secret(String code) {
		return this.jdbc.queryForObject("select secret from sync_node where code = ?", String.class, code);
	}

}
