package org.bianmin.node.sync.client;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.zip.GZIPOutputStream;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.AttachmentState;
import org.bianmin.model.sync.NodeReport;
import org.bianmin.model.sync.NodeReportAnswer;
import org.bianmin.model.sync.PullPage;
import org.bianmin.model.sync.PushAck;
import org.bianmin.model.sync.PushBatch;
import org.bianmin.model.sync.RequestSignature;
import org.bianmin.model.sync.SyncProtocol;
import org.bianmin.node.sync.ClockOffset;
import org.bianmin.node.sync.HubConnection;
import org.bianmin.node.sync.SyncSettings;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The node's side of docs/sync-protocol.md on the wire: one pooled HttpClient with
 * timeouts and the configured trust anchor; every request signed (section 3.2) with a new
 * nonce, push and report bodies gzip-compressed, and every answer's hub time fed to the
 * {@link ClockOffset}. Answers map to results or to one of two exceptions: the hub is
 * unreachable ({@link HubUnavailableException}) or it refused
 * ({@link HubRefusedException}).
 *
 * <p>
 * HttpClient's own retries are off: a retry must be a new request with a new nonce, or
 * the hub refuses it as a replay; the sync run decides when to try again.
 */
public class HubClient implements Closeable {

	private static final HexFormat HEX = HexFormat.of();

	private final URI base;

	private final String basePath;

	private final @Nullable String secret;

	private final NodeCode node;

	private final ClockOffset clock;

	private final JsonMapper json;

	private final RandomGenerator random;

	private final CloseableHttpClient http;

	public HubClient(HubConnection connection, NodeCode node, ClockOffset clock, JsonMapper json, SyncSettings settings,
			RandomGenerator random) {
		this.base = connection.url();
		String path = (this.base.getRawPath() != null) ? this.base.getRawPath() : "";
		this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
		this.secret = connection.secret();
		this.node = node;
		this.clock = clock;
		this.json = json;
		this.random = random;
		this.http = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setTlsSocketStrategy(new DefaultClientTlsStrategy(TrustAnchor.sslContext(connection.trustAnchor())))
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.of(settings.connectTimeout()))
					.setSocketTimeout(Timeout.of(settings.responseTimeout()))
					.build())
				.setMaxConnPerRoute(2)
				.build())
			.setDefaultRequestConfig(RequestConfig.custom()
				.setResponseTimeout(Timeout.of(settings.responseTimeout()))
				.setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
				.build())
			.disableAutomaticRetries()
			.disableRedirectHandling()
			.disableCookieManagement()
			.setUserAgent("bianmin-node/" + SyncProtocol.VERSION)
			.build();
	}

	/** {@code POST /sync/v1/push}. */
	public PushAck push(PushBatch batch) {
		return push(encode(batch));
	}

	/** {@code POST /sync/v1/push} of a batch encoded beforehand. */
	public PushAck push(EncodedBatch encoded) {
		return this.json.readValue(
				send("POST", SyncProtocol.PUSH_PATH, new Body(encoded.gzipJson(), ContentType.APPLICATION_JSON, true))
					.body(),
				PushAck.class);
	}

	/**
	 * A push body ready to send: the signature (time, nonce) is made when it is sent, so
	 * it may be encoded while another request is under way.
	 */
	public EncodedBatch encode(PushBatch batch) {
		return new EncodedBatch(batch, gzipJson(batch).bytes());
	}

	/**
	 * A push batch and its body.
	 *
	 * @param batch what it holds
	 * @param gzipJson its JSON, gzip-compressed
	 */
	public record EncodedBatch(PushBatch batch, byte[] gzipJson) {
	}

	/** {@code GET /sync/v1/feed}. */
	public PullPage feed(long after, int limit, long outboxSeq, boolean rebuild) {
		String target = SyncProtocol.FEED_PATH + "?after=" + after + "&limit=" + limit + "&outboxSeq=" + outboxSeq
				+ (rebuild ? "&rebuild=true" : "");
		return this.json.readValue(send("GET", target, null).body(), PullPage.class);
	}

	/** {@code POST /sync/v1/report}. */
	public NodeReportAnswer report(NodeReport report) {
		return this.json.readValue(send("POST", SyncProtocol.REPORT_PATH, gzipJson(report)).body(),
				NodeReportAnswer.class);
	}

	/**
	 * {@code GET /sync/v1/attachments/<sha256>/state}.
	 * @return empty when the hub holds no byte of it (404)
	 */
	public Optional<AttachmentState> attachmentState(String sha256) {
		try {
			return Optional.of(this.json.readValue(
					send("GET", SyncProtocol.ATTACHMENTS_PATH + "/" + sha256 + "/state", null).body(),
					AttachmentState.class));
		}
		catch (HubRefusedException ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/**
	 * {@code PUT /sync/v1/attachments/<sha256>?size=&offset=}: one chunk.
	 * @throws HubRefusedException with {@code WRONG_OFFSET} when the hub holds another
	 * length, {@code HASH_MISMATCH} when the whole content does not hash to its name
	 */
	public AttachmentState putChunk(String sha256, long size, long offset, byte[] chunk) {
		String target = SyncProtocol.ATTACHMENTS_PATH + "/" + sha256 + "?size=" + size + "&offset=" + offset;
		return this.json.readValue(
				send("PUT", target, new Body(chunk, ContentType.APPLICATION_OCTET_STREAM, false)).body(),
				AttachmentState.class);
	}

	/**
	 * {@code GET /sync/v1/attachments/<sha256>}: the whole content, written to
	 * {@code out}.
	 */
	public void download(String sha256, OutputStream out) {
		Answer answer = send("GET", SyncProtocol.ATTACHMENTS_PATH + "/" + sha256, null);
		try {
			out.write(answer.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.http.close();
	}

	private Body gzipJson(Object value) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream gzip = new GZIPOutputStream(bytes)) {
			this.json.writeValue(gzip, value);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Body(bytes.toByteArray(), ContentType.APPLICATION_JSON, true);
	}

	private Answer send(String method, String path, @Nullable Body body) {
		String secretValue = this.secret;
		if (secretValue == null) {
			throw new IllegalStateException("bianmin.hub.secret is not set");
		}
		String target = this.basePath + path;
		byte[] bytes = (body != null) ? body.bytes() : new byte[0];
		Instant rawNow = this.clock.raw().instant();
		String timestamp = iso(this.clock.correctedNow());
		String nodeClock = iso(rawNow);
		byte[] nonceBytes = new byte[16];
		this.random.nextBytes(nonceBytes);
		String nonce = HEX.formatHex(nonceBytes);
		String digest = RequestSignature.sha256Hex(bytes);
		String signature = new RequestSignature(SyncProtocol.VERSION, method, target, this.node, timestamp, nodeClock,
				nonce, digest)
			.sign(secretValue);

		HttpUriRequestBase request = new HttpUriRequestBase(method,
				URI.create(this.base.getScheme() + "://" + this.base.getRawAuthority() + target));
		request.setHeader(SyncProtocol.VERSION_HEADER, Integer.toString(SyncProtocol.VERSION));
		request.setHeader(SyncProtocol.NODE_HEADER, this.node.value());
		request.setHeader(SyncProtocol.TIMESTAMP_HEADER, timestamp);
		request.setHeader(SyncProtocol.NODE_CLOCK_HEADER, nodeClock);
		request.setHeader(SyncProtocol.NONCE_HEADER, nonce);
		request.setHeader(SyncProtocol.CONTENT_SHA256_HEADER, digest);
		request.setHeader(SyncProtocol.SIGNATURE_HEADER, signature);
		request.setHeader(HttpHeaders.ACCEPT, SyncProtocol.MEDIA_TYPE);
		if (body != null) {
			if (body.gzip()) {
				request.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
			request.setEntity(new ByteArrayEntity(bytes, body.type()));
		}
		Instant sent = this.clock.raw().instant();
		try {
			return this.http.execute(request, (response) -> answer(response, sent));
		}
		catch (HubRefusedException | HubUnavailableException ex) {
			throw ex;
		}
		catch (IOException ex) {
			throw new HubUnavailableException("the hub at " + this.base + " is unreachable: "
					+ ex.getClass().getSimpleName() + " " + ex.getMessage(), ex);
		}
	}

	private Answer answer(ClassicHttpResponse response, Instant sent) throws IOException {
		Instant received = this.clock.raw().instant();
		Header hubTime = response.getFirstHeader(SyncProtocol.HUB_TIME_HEADER);
		if (hubTime != null) {
			try {
				this.clock.measure(sent, received, Instant.parse(hubTime.getValue()));
			}
			catch (DateTimeParseException ex) {
				// not a hub that speaks the protocol; the status below says what it is
			}
		}
		int status = response.getCode();
		HttpEntity entity = response.getEntity();
		byte[] body = (entity != null) ? EntityUtils.toByteArray(entity, SyncProtocol.MAX_INFLATED_BYTES) : new byte[0];
		if (status >= 200 && status < 300) {
			return new Answer(status, body);
		}
		if (status >= 500 || status == 429 || status == 408) {
			throw new HubUnavailableException("the hub answered " + status);
		}
		String code = "HTTP_" + status;
		String detail = null;
		try {
			JsonNode problem = this.json.readTree(body);
			if (problem != null && problem.hasNonNull("code")) {
				code = problem.get("code").asString();
			}
			if (problem != null && problem.hasNonNull("detail")) {
				detail = problem.get("detail").asString();
			}
		}
		catch (JacksonException ex) {
			// no problem body (e.g. a proxy's error page): the status code must do
		}
		throw new HubRefusedException(status, code, detail);
	}

	private static String iso(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MILLIS).toString();
	}

	private record Body(byte[] bytes, ContentType type, boolean gzip) {
	}

	private record Answer(int status, byte[] body) {
	}

}
