package org.bianmin.systest.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.PushAck;
import org.bianmin.model.sync.PushBatch;
import org.bianmin.model.sync.RequestSignature;
import org.bianmin.model.sync.SyncProtocol;
import tools.jackson.databind.json.JsonMapper;

/**
 * A second, independent node client written from docs/sync-protocol.md alone (sections 3
 * and 5): signs and gzips push batches with the JDK's HTTP client. The benchmark uses it
 * to load the hub with a million events through the hub's real push endpoint, so that
 * every stored event passed the hub's rules.
 */
final class SignedHubClient {

	private final HttpClient http;

	private final URI hub;

	private final NodeCode node;

	private final String secret;

	private final JsonMapper json = JsonMapper.builder().build();

	private final SecureRandom random = new SecureRandom();

	SignedHubClient(HttpClient http, URI hub, NodeCode node, String secret) {
		this.http = http;
		this.hub = hub;
		this.node = node;
		this.secret = secret;
	}

	/** Pushes one batch and reads the hub's acks. */
	PushAck push(List<CaseEvent> events, long lastOutboxSeq) {
		PushBatch batch = new PushBatch(SyncProtocol.VERSION, this.node, UUID.randomUUID(), lastOutboxSeq, events);
		byte[] body = gzip(this.json.writeValueAsBytes(batch));
		String timestamp = Instant.now().toString();
		byte[] nonce = new byte[16];
		this.random.nextBytes(nonce);
		String nonceHex = HexFormat.of().formatHex(nonce);
		String digest = RequestSignature.sha256Hex(body);
		RequestSignature signature = new RequestSignature(SyncProtocol.VERSION, "POST", SyncProtocol.PUSH_PATH,
				this.node, timestamp, timestamp, nonceHex, digest);
		HttpRequest request = HttpRequest.newBuilder(this.hub.resolve(SyncProtocol.PUSH_PATH))
			.timeout(Duration.ofMinutes(5))
			.header("Content-Type", SyncProtocol.MEDIA_TYPE)
			.header("Content-Encoding", "gzip")
			.header(SyncProtocol.VERSION_HEADER, Integer.toString(SyncProtocol.VERSION))
			.header(SyncProtocol.NODE_HEADER, this.node.value())
			.header(SyncProtocol.TIMESTAMP_HEADER, timestamp)
			.header(SyncProtocol.NODE_CLOCK_HEADER, timestamp)
			.header(SyncProtocol.NONCE_HEADER, nonceHex)
			.header(SyncProtocol.CONTENT_SHA256_HEADER, digest)
			.header(SyncProtocol.SIGNATURE_HEADER, signature.sign(this.secret))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(
						"The hub answered " + response.statusCode() + ": " + new String(response.body()));
			}
			return this.json.readValue(response.body(), PushAck.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
