package org.bianmin.hub.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.bianmin.hub.CountyHubApplication;
import org.bianmin.hub.EmbeddedPostgresServer;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.cases.NetworkPlace;
import org.bianmin.model.sync.AckStatus;
import org.bianmin.model.sync.PushAck;
import org.bianmin.model.sync.PushBatch;
import org.bianmin.model.sync.SyncProtocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.PENSION;

/**
 * Two hub instances on one PostgreSQL database, as behind a load balancer: the same batch
 * sent to both at once is stored once (docs/sync-protocol.md 5.1), and its feed entries
 * are written once.
 */
class TwoHubInstancesTest {

	private static ConfigurableApplicationContext one;

	private static ConfigurableApplicationContext two;

	@BeforeAll
	static void startTwoInstances() {
		String database = EmbeddedPostgresServer.createDatabase();
		one = start(database);
		two = start(database);
	}

	@AfterAll
	static void stop() {
		if (two != null) {
			two.close();
		}
		if (one != null) {
			one.close();
		}
	}

	private static ConfigurableApplicationContext start(String database) {
		// arguments, not default properties: they must beat application.yml (server.port
		// 8080)
		return new SpringApplicationBuilder(CountyHubApplication.class).profiles("postgres")
			.run("--server.port=0", "--bianmin.hub.code=YL", "--bianmin.hub.name=云岭县政务服务中心",
					"--bianmin.data-dir=" + Path.of("target", "test-data", "hub-" + UUID.randomUUID()).toAbsolutePath(),
					"--BIANMIN_DB_URL=" + database, "--BIANMIN_DB_USER=" + EmbeddedPostgresServer.USER,
					"--BIANMIN_DB_PASSWORD=" + EmbeddedPostgresServer.PASSWORD, "--spring.main.banner-mode=off");
	}

	@Test
	void the_same_batch_sent_to_both_at_once_is_stored_once() throws Exception {
		NodeCode township = NodeCode.of("TWO" + (System.nanoTime() % 900 + 100));
		IssuedSecret secret = one.getBean(SyncNodeService.class)
			.register(new NodeRegistration(township, NodeLevel.TOWNSHIP, null, "双实例镇"));
		NetworkPlace place = NetworkPlace.township(township, NodeCode.of("YL"));
		List<CaseEvent> events = new ArrayList<>();
		for (int i = 0; i < 125; i++) {
			events.addAll(new CaseScript()
				.then(CaseFixtures.fileAtWindow(PENSION, CaseFixtures.all(PENSION, MaterialState.RECEIVED)), CLERK,
						place)
				.then(new CaseCommand.Submit(), CLERK, place)
				.then(new CaseCommand.Accept(List.of()), CLERK, place)
				.then(new CaseCommand.Forward(), CLERK, place)
				.events());
		}
		PushBatch batch = new PushBatch(SyncProtocol.VERSION, township, UUID.randomUUID(), events.size(), events);
		JsonMapper json = one.getBean(JsonMapper.class);
		SignedClient toOne = new SignedClient("http://localhost:" + port(one), township, secret.secret(), json);
		SignedClient toTwo = new SignedClient("http://localhost:" + port(two), township, secret.secret(), json);
		CountDownLatch start = new CountDownLatch(1);

		CompletableFuture<PushAck> first = CompletableFuture.supplyAsync(() -> {
			await(start);
			return toOne.push(batch);
		});
		CompletableFuture<PushAck> second = CompletableFuture.supplyAsync(() -> {
			await(start);
			return toTwo.push(batch);
		});
		start.countDown();
		PushAck a = first.get(60, TimeUnit.SECONDS);
		PushAck b = second.get(60, TimeUnit.SECONDS);

		for (int i = 0; i < events.size(); i++) {
			assertThat(List.of(a.acks().get(i).status(), b.acks().get(i).status())).as("event %d", i)
				.containsExactlyInAnyOrder(AckStatus.STORED, AckStatus.DUPLICATE);
		}
		JdbcTemplate jdbc = new JdbcTemplate(one.getBean(javax.sql.DataSource.class));
		assertThat(jdbc.queryForObject("select count(*) from case_event where node_code = ?", Integer.class,
				township.value()))
			.isEqualTo(events.size());
		assertThat(jdbc.queryForObject("select count(*) from feed_entry where node_code = ? and kind = 'CASE_EVENTS'",
				Integer.class, township.value()))
			.isEqualTo(125);
		assertThat(jdbc.queryForObject("select last_outbox_seq from sync_node where code = ?", Long.class,
				township.value()))
			.isEqualTo(events.size());
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
