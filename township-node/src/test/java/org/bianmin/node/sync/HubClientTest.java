package org.bianmin.node.sync;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.PushBatch;
import org.bianmin.model.sync.SyncProtocol;
import org.bianmin.model.sync.SyncRefusal;
import org.bianmin.node.sync.client.HubClient;
import org.bianmin.node.sync.client.HubRefusedException;
import org.bianmin.node.sync.client.HubUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The node's client against a stand-in hub that checks every signature with
 * {@link org.bianmin.model.sync.RequestSignature}: a unit-level test of the client only.
 */
class HubClientTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FakeHub hub = new FakeHub();

	@AfterEach
	void stop() {
		this.hub.close();
	}

	@Test
	void signs_exactly_as_the_protocol_documents_worked_example() {
		String secret = "demo-QS-7Hq2mV9xK4pR8sT1wY6zA3bC5dE0fG2h";
		try (FakeHub documented = new FakeHub(secret)) {
			ClockOffset offset = new ClockOffset(Clock.fixed(Instant.parse("2026-11-25T02:15:28Z"), ZoneOffset.UTC),
					Duration.ofMinutes(2));
			offset.restore(2250L, Instant.parse("2026-11-25T02:00:00Z"));
			byte[] nonce = HexFormat.of().parseHex("5f0c2a7d9e3b41c68a1f0e2d3c4b5a69");
			HubClient client = new HubClient(new HubConnection(documented.url(), secret, null), NodeCode.of("QS"),
					offset, JSON, SyncSettings.defaults(), fixedBytes(nonce));

			client.feed(42, 200, 17, false);

			FakeHub.Received request = documented.requests.getFirst();
			assertThat(request.target()).isEqualTo("/sync/v1/feed?after=42&limit=200&outboxSeq=17");
			assertThat(request.timestamp()).isEqualTo("2026-11-25T02:15:30.250Z");
			assertThat(request.nodeClock()).isEqualTo("2026-11-25T02:15:28Z");
			assertThat(request.nonce()).isEqualTo("5f0c2a7d9e3b41c68a1f0e2d3c4b5a69");
			assertThat(request.signature()).isEqualTo("G9W5m4FvyCBimSuOizVFnKRIRVfnZL0332xx8tUMhrw=");
		}
	}

	@Test
	void pushes_a_gzip_body_the_hub_verifies_and_reads() {
		HubClient client = client(this.hub.connection());
		PushBatch batch = new PushBatch(SyncProtocol.VERSION, NodeCode.of("QS"), UUID.randomUUID(), 7, List.of());

		var ack = client.push(batch);

		assertThat(ack.batchId()).isEqualTo(batch.batchId());
		FakeHub.Received request = this.hub.requestsTo(SyncProtocol.PUSH_PATH).getFirst();
		assertThat(request.gzip()).isTrue();
		assertThat(request.rawBody()).isNotEqualTo(request.body());
		assertThat(JSON.readValue(request.body(), PushBatch.class)).isEqualTo(batch);
	}

	@Test
	void every_request_is_a_new_one_with_its_own_nonce() {
		HubClient client = client(this.hub.connection());

		client.feed(0, 200, 0, false);
		client.feed(0, 200, 0, true);

		assertThat(this.hub.requests).extracting(FakeHub.Received::nonce).doesNotHaveDuplicates().hasSize(2);
		assertThat(this.hub.requests.get(1).target()).endsWith("&rebuild=true");
	}

	@Test
	void a_refusal_carries_the_problems_code() {
		HubClient client = client(
				new HubConnection(this.hub.url(), "another-secret-entirely-xxxxxxxxxxxxxxxxxxx", null));

		assertThatExceptionOfType(HubRefusedException.class).isThrownBy(() -> client.feed(0, 200, 0, false))
			.satisfies((refused) -> {
				assertThat(refused.status()).isEqualTo(401);
				assertThat(refused.refusal()).contains(SyncRefusal.BAD_SIGNATURE);
				assertThat(refused.detail()).isEqualTo("refused by the fake hub");
			});
	}

	@Test
	void a_busy_hub_and_a_closed_port_are_unavailable_not_refusals() {
		this.hub.failEverythingWith = 503;
		assertThatExceptionOfType(HubUnavailableException.class)
			.isThrownBy(() -> client(this.hub.connection()).feed(0, 200, 0, false));

		HubClient nowhere = client(new HubConnection(URI.create("http://127.0.0.1:1/"), FakeHub.SECRET, null));
		assertThatExceptionOfType(HubUnavailableException.class).isThrownBy(() -> nowhere.feed(0, 200, 0, false));
	}

	@Test
	void measures_the_offset_to_the_hubs_clock_from_every_answer() {
		this.hub.clockAhead(Duration.ofMinutes(10));
		ClockOffset offset = new ClockOffset(Clock.systemUTC(), Duration.ofMinutes(2));
		HubClient client = new HubClient(this.hub.connection(), NodeCode.of("QS"), offset, JSON,
				SyncSettings.defaults(), new SplittableRandom(1));

		client.feed(0, 200, 0, false);

		assertThat(offset.latest().offsetMillis()).isBetween(Duration.ofMinutes(10).minusSeconds(3).toMillis(),
				Duration.ofMinutes(10).plusSeconds(3).toMillis());
		assertThat(offset.latest().flagged()).isTrue();
		// the next request's timestamp is on the hub's clock, its node clock on the
		// node's
		client.feed(0, 200, 0, false);
		FakeHub.Received second = this.hub.requests.get(1);
		assertThat(Duration.between(Instant.parse(second.nodeClock()), Instant.parse(second.timestamp())))
			.isBetween(Duration.ofMinutes(10).minusSeconds(3), Duration.ofMinutes(10).plusSeconds(3));
	}

	private static HubClient client(HubConnection connection) {
		return new HubClient(connection, NodeCode.of("QS"), new ClockOffset(Clock.systemUTC(), Duration.ofMinutes(2)),
				JSON, SyncSettings.defaults(), new SplittableRandom(7));
	}

	/** A generator whose bytes are given: the worked example's nonce. */
	private static RandomGenerator fixedBytes(byte[] bytes) {
		return new RandomGenerator() {
			@Override
			public long nextLong() {
				return 0;
			}

			@Override
			public void nextBytes(byte[] into) {
				System.arraycopy(bytes, 0, into, 0, into.length);
			}
		};
	}

}
