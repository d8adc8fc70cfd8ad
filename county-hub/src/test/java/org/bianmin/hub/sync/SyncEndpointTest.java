package org.bianmin.hub.sync;

import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import org.bianmin.hub.DemoHubTest;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.NetworkPlace;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.sync.PushBatch;
import org.bianmin.model.sync.SyncProtocol;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sync endpoint test against the demo hub on a random port (the one application every
 * demo-hub test shares). Each test registers nodes of its own under random codes, so
 * tests never see each other's feeds.
 */
@DemoHubTest
abstract class SyncEndpointTest {

	private static final SecureRandom RANDOM = new SecureRandom();

	static final NodeCode HUB = NodeCode.of("YL");

	@LocalServerPort
	int port;

	@Autowired
	SyncNodeService registry;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	Node township() {
		NodeCode code = randomCode("T");
		IssuedSecret secret = this.registry.register(new NodeRegistration(code, NodeLevel.TOWNSHIP, null, code + "镇"));
		return new Node(code, NetworkPlace.township(code, HUB), client(code, secret.secret()), secret.secret());
	}

	Node village(Node township) {
		NodeCode code = randomCode("V");
		IssuedSecret secret = this.registry
			.register(new NodeRegistration(code, NodeLevel.VILLAGE, township.code(), code + "村"));
		return new Node(code, NetworkPlace.village(code, township.code(), HUB), client(code, secret.secret()),
				secret.secret());
	}

	SignedClient client(NodeCode code, String secret) {
		return new SignedClient("http://localhost:" + this.port, code, secret, this.json);
	}

	static NodeCode randomCode(String prefix) {
		String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		StringBuilder code = new StringBuilder(prefix);
		for (int i = 0; i < 5; i++) {
			code.append(letters.charAt(RANDOM.nextInt(letters.length())));
		}
		return NodeCode.of(code.toString());
	}

	static PushBatch batch(NodeCode node, long lastOutboxSeq, List<CaseEvent> events) {
		return new PushBatch(SyncProtocol.VERSION, node, UUID.randomUUID(), lastOutboxSeq, events);
	}

	int storedEvents() {
		return this.jdbc.queryForObject("select count(*) from case_event", Integer.class);
	}

	/**
	 * A registered node of a test.
	 *
	 * @param code its code
	 * @param place where its commands are given
	 * @param client its signed client
	 * @param secret its secret
	 */
	record Node(NodeCode code, NetworkPlace place, SignedClient client, String secret) {
	}

}
