package org.bianmin.model.sync;

import java.nio.charset.StandardCharsets;

import org.bianmin.model.node.NodeCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signature scheme of docs/sync-protocol.md, with the worked example the document
 * prints, so a compatible node can check its own implementation against ours.
 */
class RequestSignatureTest {

	private static final String SECRET = "demo-QS-7Hq2mV9xK4pR8sT1wY6zA3bC5dE0fG2h";

	private static final RequestSignature EXAMPLE = new RequestSignature(1, "get",
			"/sync/v1/feed?after=42&limit=200&outboxSeq=17", NodeCode.of("QS"), "2026-11-25T02:15:30.250Z",
			"2026-11-25T02:15:28Z", "5f0c2a7d9e3b41c68a1f0e2d3c4b5a69", RequestSignature.sha256Hex(new byte[0]));

	@Test
	void the_canonical_text_is_nine_lines_in_the_documented_order() {
		assertThat(EXAMPLE.canonical()).isEqualTo("""
				BIANMIN-HMAC-SHA256
				1
				GET
				/sync/v1/feed?after=42&limit=200&outboxSeq=17
				QS
				2026-11-25T02:15:30.250Z
				2026-11-25T02:15:28Z
				5f0c2a7d9e3b41c68a1f0e2d3c4b5a69
				e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""".stripTrailing());
	}

	@Test
	void the_documented_example_signs_to_the_documented_value() {
		assertThat(EXAMPLE.sign(SECRET)).isEqualTo("G9W5m4FvyCBimSuOizVFnKRIRVfnZL0332xx8tUMhrw=");
	}

	@Test
	void a_signature_verifies_with_the_same_secret_only() {
		String signature = EXAMPLE.sign(SECRET);

		assertThat(EXAMPLE.verify(SECRET, signature)).isTrue();
		assertThat(EXAMPLE.verify(SECRET + "x", signature)).isFalse();
		assertThat(EXAMPLE.verify(SECRET, "not base64 !")).isFalse();
	}

	@Test
	void any_changed_part_breaks_the_signature() {
		String signature = EXAMPLE.sign(SECRET);
		String otherBody = RequestSignature.sha256Hex("{}".getBytes(StandardCharsets.UTF_8));

		assertThat(new RequestSignature(1, "GET", "/sync/v1/feed?after=43&limit=200&outboxSeq=17", EXAMPLE.node(),
				EXAMPLE.timestamp(), EXAMPLE.nodeClock(), EXAMPLE.nonce(), EXAMPLE.contentSha256())
			.verify(SECRET, signature)).isFalse();
		assertThat(new RequestSignature(1, "GET", EXAMPLE.pathAndQuery(), NodeCode.of("QSLW"), EXAMPLE.timestamp(),
				EXAMPLE.nodeClock(), EXAMPLE.nonce(), EXAMPLE.contentSha256())
			.verify(SECRET, signature)).isFalse();
		assertThat(new RequestSignature(1, "GET", EXAMPLE.pathAndQuery(), EXAMPLE.node(), "2026-11-25T02:15:31.250Z",
				EXAMPLE.nodeClock(), EXAMPLE.nonce(), EXAMPLE.contentSha256())
			.verify(SECRET, signature)).isFalse();
		assertThat(new RequestSignature(1, "GET", EXAMPLE.pathAndQuery(), EXAMPLE.node(), EXAMPLE.timestamp(),
				EXAMPLE.nodeClock(), "00000000000000000000000000000000", EXAMPLE.contentSha256())
			.verify(SECRET, signature)).isFalse();
		assertThat(new RequestSignature(1, "GET", EXAMPLE.pathAndQuery(), EXAMPLE.node(), EXAMPLE.timestamp(),
				EXAMPLE.nodeClock(), EXAMPLE.nonce(), otherBody)
			.verify(SECRET, signature)).isFalse();
		assertThat(new RequestSignature(2, "GET", EXAMPLE.pathAndQuery(), EXAMPLE.node(), EXAMPLE.timestamp(),
				EXAMPLE.nodeClock(), EXAMPLE.nonce(), EXAMPLE.contentSha256())
			.verify(SECRET, signature)).isFalse();
	}

	@Test
	void the_empty_body_has_the_well_known_digest() {
		assertThat(RequestSignature.sha256Hex(new byte[0]))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

}
