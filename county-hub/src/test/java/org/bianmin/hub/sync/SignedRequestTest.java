package org.bianmin.hub.sync;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.sync.AckStatus;
import org.bianmin.model.sync.PushAck;
import org.bianmin.model.sync.SyncProtocol;
import org.bianmin.model.sync.SyncRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.PENSION;

/**
 * Every refusal of docs/sync-protocol.md 3.4 with its status and code, in the order the
 * hub checks, over real HTTP; and that a refused request changes nothing at the hub, not
 * even the nonce store.
 */
class SignedRequestTest extends SyncEndpointTest {

	private Node node;

	private SignedClient.Prepared push;

	@BeforeEach
	void registerNode() {
		this.node = township();
		var events = new CaseScript()
			.then(CaseFixtures.fileAtWindow(PENSION, CaseFixtures.all(PENSION, MaterialState.RECEIVED)), CLERK,
					this.node.place())
			.events();
		this.push = pushRequest(this.json.writeValueAsBytes(batch(this.node.code(), 1, events)));
	}

	private SignedClient.Prepared pushRequest(byte[] body) {
		SignedClient.Prepared prepared = this.node.client().prepare("POST", SyncProtocol.PUSH_PATH, body, true);
		prepared.contentType = SyncProtocol.MEDIA_TYPE;
		return prepared;
	}

	@Test
	void accepts_a_well_signed_push_and_answers_with_the_hub_time() {
		SignedClient.Response response = this.node.client().send(this.push);

		assertThat(response.status).isEqualTo(200);
		assertThat(Instant.parse(response.header(SyncProtocol.HUB_TIME_HEADER))).isCloseTo(Instant.now(),
				org.assertj.core.api.Assertions.within(Duration.ofMinutes(1)));
		PushAck ack = response.ok(PushAck.class);
		assertThat(ack.acks()).extracting((a) -> a.status()).containsExactly(AckStatus.STORED);
		assertThat(nonceRecorded(this.push)).isTrue();
	}

	@Test
	void refuses_a_protocol_version_it_does_not_speak() {
		this.push.headers.put(SyncProtocol.VERSION_HEADER, "2");

		SignedClient.Response response = refused(this.push, SyncRefusal.UNSUPPORTED_PROTOCOL);

		assertThat(response.json().get("supported").get(0).asInt()).isEqualTo(1);
	}

	@Test
	void refuses_a_missing_or_malformed_header() {
		SignedClient.Prepared noNonce = pushRequest(this.push.body);
		noNonce.headers.remove(SyncProtocol.NONCE_HEADER);
		refused(noNonce, SyncRefusal.MISSING_HEADER);

		SignedClient.Prepared badTimestamp = pushRequest(this.push.body);
		badTimestamp.headers.put(SyncProtocol.TIMESTAMP_HEADER, "yesterday");
		refused(badTimestamp, SyncRefusal.MISSING_HEADER);

		SignedClient.Prepared noProtocol = pushRequest(this.push.body);
		noProtocol.headers.remove(SyncProtocol.VERSION_HEADER);
		refused(noProtocol, SyncRefusal.MISSING_HEADER);
	}

	@Test
	void refuses_an_unknown_node() {
		SignedClient stranger = client(randomCode("X"), "no-such-secret");

		SignedClient.Prepared prepared = stranger.prepare("GET", SyncProtocol.FEED_PATH + "?after=0&outboxSeq=0",
				new byte[0], false);

		refused(prepared, SyncRefusal.UNKNOWN_NODE);
	}

	@Test
	void refuses_a_body_over_the_limit_as_sent() {
		byte[] large = new byte[SyncProtocol.MAX_BODY_BYTES + 1];
		SignedClient.Prepared prepared = this.node.client().prepare("POST", SyncProtocol.PUSH_PATH, large, false);

		refused(prepared, SyncRefusal.BODY_TOO_LARGE);
	}

	@Test
	void refuses_a_body_that_inflates_beyond_the_limit() {
		// 64 MiB + 1 of spaces compress to a few dozen KiB
		byte[] spaces = " ".repeat(SyncProtocol.MAX_INFLATED_BYTES + 1).getBytes(StandardCharsets.US_ASCII);
		SignedClient.Prepared prepared = this.node.client().prepare("POST", SyncProtocol.PUSH_PATH, spaces, true);
		assertThat(prepared.body.length).isLessThan(SyncProtocol.MAX_BODY_BYTES);

		refused(prepared, SyncRefusal.BODY_TOO_LARGE);
	}

	@Test
	void refuses_a_body_whose_digest_differs() {
		this.push.headers.put(SyncProtocol.CONTENT_SHA256_HEADER, "0".repeat(64));
		this.push.sign(this.node.secret());

		refused(this.push, SyncRefusal.BAD_DIGEST);
	}

	@Test
	void refuses_a_body_changed_after_signing() {
		byte[] other = SignedClient.gzip(this.json.writeValueAsBytes(batch(this.node.code(), 2, List.of())));
		this.push.body = other;

		// the digest is checked against the header first
		refused(this.push, SyncRefusal.BAD_DIGEST);
	}

	@Test
	void refuses_a_bad_signature() {
		this.push.sign("another-secret-entirely");

		refused(this.push, SyncRefusal.BAD_SIGNATURE);
	}

	@Test
	void refuses_a_signature_over_another_path() {
		this.push.target = SyncProtocol.REPORT_PATH;
		SignedClient.Prepared elsewhere = this.push;
		elsewhere.sign(this.node.secret());
		elsewhere.target = SyncProtocol.PUSH_PATH;

		refused(elsewhere, SyncRefusal.BAD_SIGNATURE);
	}

	@Test
	void a_rotated_secret_fails_at_once_and_the_new_one_works() {
		IssuedSecret rotated = this.registry.rotateSecret(this.node.code());

		refused(this.push, SyncRefusal.BAD_SIGNATURE);

		SignedClient renewed = client(this.node.code(), rotated.secret());
		assertThat(renewed.feedResponse(0, 10, 0, false).status).isEqualTo(200);
	}

	@Test
	void refuses_a_disabled_node_and_takes_it_back_when_enabled() {
		this.registry.setEnabled(this.node.code(), false);

		refused(this.push, SyncRefusal.NODE_DISABLED);

		this.registry.setEnabled(this.node.code(), true);
		assertThat(this.node.client().send(this.push).status).isEqualTo(200);
	}

	@Test
	void checks_the_signature_before_the_node_is_disabled() {
		this.registry.setEnabled(this.node.code(), false);
		this.push.sign("another-secret-entirely");

		refused(this.push, SyncRefusal.BAD_SIGNATURE);
	}

	@Test
	void refuses_a_stale_timestamp() {
		this.push.headers.put(SyncProtocol.TIMESTAMP_HEADER, Instant.now().minus(Duration.ofMinutes(6)).toString());
		this.push.sign(this.node.secret());

		SignedClient.Response response = refused(this.push, SyncRefusal.STALE_TIMESTAMP);

		assertThat(response.json().get("detail").asString()).contains("minutes from the hub clock");
	}

	@Test
	void accepts_a_node_whose_raw_clock_is_wrong_when_its_offset_corrects_the_timestamp() {
		SignedClient skewed = client(this.node.code(), this.node.secret()).withClockError(Duration.ofHours(3), true);

		assertThat(skewed.feedResponse(0, 10, 0, false).status).isEqualTo(200);
		assertThat(this.registry.find(this.node.code()).orElseThrow().clockSkewMillis())
			.isCloseTo(Duration.ofHours(3).toMillis(), org.assertj.core.api.Assertions.within(60_000L));
	}

	@Test
	void refuses_a_replayed_nonce() {
		assertThat(this.node.client().send(this.push).status).isEqualTo(200);

		refused(this.push, SyncRefusal.REPLAYED_NONCE, true);
	}

	@Test
	void refuses_a_batch_of_another_node_without_recording_its_nonce() {
		Node other = township();
		SignedClient.Prepared foreign = pushRequest(this.json.writeValueAsBytes(batch(other.code(), 1, List.of())));

		refused(foreign, SyncRefusal.MALFORMED_BODY);

		// the nonce was not used up: the same nonce on a good request is accepted
		SignedClient.Prepared good = pushRequest(this.json.writeValueAsBytes(batch(this.node.code(), 1, List.of())));
		good.headers.put(SyncProtocol.NONCE_HEADER, foreign.nonce());
		good.sign(this.node.secret());
		assertThat(this.node.client().send(good).status).isEqualTo(200);
	}

	@Test
	void refuses_a_body_that_is_not_a_batch() {
		refused(pushRequest("{\"hello\":".getBytes(StandardCharsets.UTF_8)), SyncRefusal.MALFORMED_BODY);
		refused(pushRequest("[]".getBytes(StandardCharsets.UTF_8)), SyncRefusal.MALFORMED_BODY);
	}

	@Test
	void refuses_a_feed_query_that_is_not_one() {
		SignedClient.Prepared prepared = this.node.client()
			.prepare("GET", SyncProtocol.FEED_PATH + "?after=-1&outboxSeq=0", new byte[0], false);

		refused(prepared, SyncRefusal.MALFORMED_BODY);
	}

	private SignedClient.Response refused(SignedClient.Prepared prepared, SyncRefusal refusal) {
		return refused(prepared, refusal, false);
	}

	private SignedClient.Response refused(SignedClient.Prepared prepared, SyncRefusal refusal,
			boolean nonceUsedBefore) {
		int eventsBefore = storedEvents();
		Instant contactBefore = this.registry.find(this.node.code()).orElseThrow().lastContactAt();

		SignedClient.Response response = this.node.client().send(prepared);

		assertThat(response.status).as(response.toString()).isEqualTo(refusal.httpStatus());
		assertThat(response.header("Content-Type")).startsWith(SyncProtocol.PROBLEM_MEDIA_TYPE);
		assertThat(response.header(SyncProtocol.HUB_TIME_HEADER)).isNotNull();
		assertThat(response.json().get("code").asString()).isEqualTo(refusal.name());
		assertThat(response.json().get("status").asInt()).isEqualTo(refusal.httpStatus());
		assertThat(response.json().get("hubTime").asString()).isNotBlank();
		// nothing stored: no event, no nonce, no contact
		assertThat(storedEvents()).isEqualTo(eventsBefore);
		assertThat(nonceRecorded(prepared)).isEqualTo(nonceUsedBefore);
		assertThat(this.registry.find(this.node.code()).orElseThrow().lastContactAt()).isEqualTo(contactBefore);
		return response;
	}

	private boolean nonceRecorded(SignedClient.Prepared prepared) {
		return this.jdbc.queryForObject("select count(*) from sync_nonce where nonce = ?", Integer.class,
				prepared.nonce()) > 0;
	}

}
