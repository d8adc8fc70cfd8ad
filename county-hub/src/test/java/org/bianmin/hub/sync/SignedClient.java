package org.bianmin.hub.sync;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import javax.net.ssl.SSLContext;

import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.NodeReport;
import org.bianmin.model.sync.NodeReportAnswer;
import org.bianmin.model.sync.PullPage;
import org.bianmin.model.sync.PushAck;
import org.bianmin.model.sync.PushBatch;
import org.bianmin.model.sync.RequestSignature;
import org.bianmin.model.sync.SyncProtocol;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A node's side of the wire for tests: signs requests exactly as docs/sync-protocol.md
 * 3.2–3.3 say, with shared-model's {@link RequestSignature}, and sends them over real
 * HTTP. A test can change any header or the body after signing to provoke each refusal.
 */
final class SignedClient {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String baseUrl;

	private final NodeCode node;

	private String secret;

	private final JsonMapper json;

	private final HttpClient http;

	/** Added to the real clock for the node's raw clock (a node with a wrong clock). */
	private Duration nodeClockError = Duration.ZERO;

	/** The node's measured offset to the hub, added to its raw clock in the timestamp. */
	private Duration offset = Duration.ZERO;

	SignedClient(String baseUrl, NodeCode node, String secret, JsonMapper json) {
		this(baseUrl, node, secret, json, null);
	}

	SignedClient(String baseUrl, NodeCode node, String secret, JsonMapper json, @Nullable SSLContext ssl) {
		this.baseUrl = baseUrl;
		this.node = node;
		this.secret = secret;
		this.json = json;
		HttpClient.Builder builder = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10));
		if (ssl != null) {
			builder.sslContext(ssl);
		}
		this.http = builder.build();
	}

	NodeCode node() {
		return this.node;
	}

	SignedClient withSecret(String newSecret) {
		this.secret = newSecret;
		return this;
	}

	/** The node's raw clock is off by this much; its offset corrects the timestamp. */
	SignedClient withClockError(Duration error, boolean corrected) {
		this.nodeClockError = error;
		this.offset = corrected ? error.negated() : Duration.ZERO;
		return this;
	}

	/** A request signed and ready; change it before sending to break it. */
	Prepared prepare(String method, String target, byte[] body, boolean gzip) {
		byte[] sent = gzip ? gzip(body) : body;
		Instant nodeNow = Instant.now().plus(this.nodeClockError);
		Prepared prepared = new Prepared(method, target, sent, new LinkedHashMap<>());
		prepared.headers.put(SyncProtocol.VERSION_HEADER, Integer.toString(SyncProtocol.VERSION));
		prepared.headers.put(SyncProtocol.NODE_HEADER, this.node.value());
		prepared.headers.put(SyncProtocol.TIMESTAMP_HEADER, nodeNow.plus(this.offset).toString());
		prepared.headers.put(SyncProtocol.NODE_CLOCK_HEADER, nodeNow.toString());
		prepared.headers.put(SyncProtocol.NONCE_HEADER, nonce());
		prepared.headers.put(SyncProtocol.CONTENT_SHA256_HEADER, RequestSignature.sha256Hex(sent));
		if (gzip) {
			prepared.headers.put("Content-Encoding", "gzip");
		}
		prepared.sign(this.secret);
		return prepared;
	}

	Response send(Prepared prepared) {
		HttpRequest.BodyPublisher publisher = (prepared.body.length == 0) ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(prepared.body);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + prepared.target))
			.timeout(Duration.ofSeconds(60))
			.method(prepared.method, publisher);
		prepared.headers.forEach(request::header);
		if (prepared.contentType != null) {
			request.header("Content-Type", prepared.contentType);
		}
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Response post(String path, Object body) {
		Prepared prepared = prepare("POST", path, this.json.writeValueAsBytes(body), true);
		prepared.contentType = SyncProtocol.MEDIA_TYPE;
		return send(prepared);
	}

	PushAck push(PushBatch batch) {
		return post(SyncProtocol.PUSH_PATH, batch).ok(PushAck.class);
	}

	Response feedResponse(long after, int limit, long outboxSeq, boolean rebuild) {
		String target = SyncProtocol.FEED_PATH + "?after=" + after + "&limit=" + limit + "&outboxSeq=" + outboxSeq
				+ (rebuild ? "&rebuild=true" : "");
		return send(prepare("GET", target, new byte[0], false));
	}

	PullPage feed(long after, int limit, long outboxSeq, boolean rebuild) {
		return feedResponse(after, limit, outboxSeq, rebuild).ok(PullPage.class);
	}

	NodeReportAnswer report(NodeReport report) {
		return post(SyncProtocol.REPORT_PATH, report).ok(NodeReportAnswer.class);
	}

	private static String nonce() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A request as it will be sent. */
	static final class Prepared {

		final String method;

		String target;

		byte[] body;

		final Map<String, String> headers;

		@Nullable String contentType;

		Prepared(String method, String target, byte[] body, Map<String, String> headers) {
			this.method = method;
			this.target = target;
			this.body = body;
			this.headers = headers;
		}

		Prepared sign(String secret) {
			RequestSignature signature = new RequestSignature(SyncProtocol.VERSION, this.method, this.target,
					NodeCode.of(this.headers.get(SyncProtocol.NODE_HEADER)),
					this.headers.get(SyncProtocol.TIMESTAMP_HEADER), this.headers.get(SyncProtocol.NODE_CLOCK_HEADER),
					this.headers.get(SyncProtocol.NONCE_HEADER), this.headers.get(SyncProtocol.CONTENT_SHA256_HEADER));
			this.headers.put(SyncProtocol.SIGNATURE_HEADER, signature.sign(secret));
			return this;
		}

		String nonce() {
			return this.headers.get(SyncProtocol.NONCE_HEADER);
		}

	}

	/** An answer. */
	final class Response {

		final int status;

		final Map<String, java.util.List<String>> headers;

		final byte[] body;

		Response(int status, Map<String, java.util.List<String>> headers, byte[] body) {
			this.status = status;
			this.headers = headers;
			this.body = body;
		}

		@Nullable String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.map((e) -> e.getValue().getFirst())
				.findFirst()
				.orElse(null);
		}

		JsonNode json() {
			return SignedClient.this.json.readTree(this.body);
		}

		<T> T ok(Class<T> type) {
			if (this.status != 200) {
				throw new AssertionError("expected 200, got " + this.status + ": "
						+ new String(this.body, java.nio.charset.StandardCharsets.UTF_8));
			}
			return SignedClient.this.json.readValue(this.body, type);
		}

		@Override
		public String toString() {
			return this.status + " " + new String(this.body, java.nio.charset.StandardCharsets.UTF_8);
		}

	}

}
