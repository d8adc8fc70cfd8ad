package org.bianmin.node.sync;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.AckStatus;
import org.bianmin.model.sync.AttachmentState;
import org.bianmin.model.sync.EventAck;
import org.bianmin.model.sync.NodeReport;
import org.bianmin.model.sync.NodeReportAnswer;
import org.bianmin.model.sync.PullPage;
import org.bianmin.model.sync.PushAck;
import org.bianmin.model.sync.PushBatch;
import org.bianmin.model.sync.RequestSignature;
import org.bianmin.model.sync.SyncProtocol;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the county hub, for unit-level tests of the node's client and sync steps
 * only (the real node-hub round trip runs in the system tests, with real processes). It
 * checks every request's signature with {@link RequestSignature} and the body's digest,
 * as the hub does, refuses a bad one with the protocol's problem body, and answers from
 * scripts the test sets: per-event acks, feed pages, attachment chunks (with a cut after
 * a given number of chunks).
 */
final class FakeHub implements AutoCloseable {

	static final String SECRET = "test-secret-QS-4mV9xK4pR8sT1wY6zA3bC5dE0fG2";

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpServer server;

	private final String secret;

	private volatile Duration clockAhead = Duration.ZERO;

	/** Every request as received, for assertions. */
	final List<Received> requests = Collections.synchronizedList(new ArrayList<>());

	/** Every event pushed and stored, by id (a replay is answered DUPLICATE). */
	final Map<EventId, CaseEvent> stored = Collections.synchronizedMap(new HashMap<>());

	/** The answer for an event that is not stored yet; STORED by default. */
	volatile Function<CaseEvent, EventAck> ackPolicy = (event) -> new EventAck(event.id(), AckStatus.STORED, null);

	/** Feed pages to serve, first to last; an empty queue answers an empty page. */
	final Deque<PullPage> pages = new ArrayDeque<>();

	/** Attachment bytes held, by name. */
	final Map<String, ByteArrayOutputStream> attachments = Collections.synchronizedMap(new HashMap<>());

	/** Attachment chunks received in PUTs, in order, as {@code <sha256>@<offset>}. */
	final List<String> chunks = Collections.synchronizedList(new ArrayList<>());

	/**
	 * After this many more chunks are stored, the next one is cut (stored, no answer).
	 */
	final AtomicInteger chunksBeforeCut = new AtomicInteger(Integer.MAX_VALUE);

	/** Answer every request with this status (e.g. 503) when set. */
	volatile int failEverythingWith = 0;

	private final Set<String> nonces = Collections.synchronizedSet(new HashSet<>());

	FakeHub() {
		this(SECRET);
	}

	FakeHub(String secret) {
		this.secret = secret;
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/");
	}

	HubConnection connection() {
		return new HubConnection(url(), this.secret, null);
	}

	void clockAhead(Duration ahead) {
		this.clockAhead = ahead;
	}

	Instant now() {
		return Instant.now().plus(this.clockAhead);
	}

	/** The offsets of the chunks of one attachment received, in order. */
	List<Long> chunkOffsets(String sha256) {
		synchronized (this.chunks) {
			return this.chunks.stream()
				.filter((chunk) -> chunk.startsWith(sha256 + "@"))
				.map((chunk) -> Long.parseLong(chunk.substring(sha256.length() + 1)))
				.toList();
		}
	}

	List<Received> requestsTo(String path) {
		synchronized (this.requests) {
			return this.requests.stream().filter((r) -> r.target().startsWith(path)).toList();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			exchange.getResponseHeaders().set(SyncProtocol.HUB_TIME_HEADER, now().toString());
			byte[] raw = exchange.getRequestBody().readAllBytes();
			String target = exchange.getRequestURI().getRawPath() + ((exchange.getRequestURI().getRawQuery() != null)
					? "?" + exchange.getRequestURI().getRawQuery() : "");
			var headers = exchange.getRequestHeaders();
			boolean gzip = "gzip".equals(headers.getFirst("Content-Encoding"));
			byte[] body = gzip ? new GZIPInputStream(new ByteArrayInputStream(raw)).readAllBytes() : raw;
			Received received = new Received(exchange.getRequestMethod(), target,
					headers.getFirst(SyncProtocol.NODE_HEADER), headers.getFirst(SyncProtocol.TIMESTAMP_HEADER),
					headers.getFirst(SyncProtocol.NODE_CLOCK_HEADER), headers.getFirst(SyncProtocol.NONCE_HEADER),
					headers.getFirst(SyncProtocol.SIGNATURE_HEADER), gzip, raw, body);
			this.requests.add(received);
			if (this.failEverythingWith != 0) {
				send(exchange, this.failEverythingWith, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
				return;
			}
			if (!RequestSignature.sha256Hex(raw).equals(headers.getFirst(SyncProtocol.CONTENT_SHA256_HEADER))) {
				problem(exchange, 400, "BAD_DIGEST");
				return;
			}
			RequestSignature signature = new RequestSignature(
					Integer.parseInt(headers.getFirst(SyncProtocol.VERSION_HEADER)), received.method(), target,
					NodeCode.of(received.node()), received.timestamp(), received.nodeClock(), received.nonce(),
					headers.getFirst(SyncProtocol.CONTENT_SHA256_HEADER));
			if (received.signature() == null || !signature.verify(this.secret, received.signature())) {
				problem(exchange, 401, "BAD_SIGNATURE");
				return;
			}
			if (!this.nonces.add(received.nonce())) {
				problem(exchange, 401, "REPLAYED_NONCE");
				return;
			}
			route(exchange, received);
		}
	}

	private void route(HttpExchange exchange, Received received) throws IOException {
		String path = exchange.getRequestURI().getRawPath();
		if (path.equals(SyncProtocol.PUSH_PATH)) {
			push(exchange, received);
		}
		else if (path.equals(SyncProtocol.FEED_PATH)) {
			PullPage page;
			synchronized (this.pages) {
				page = this.pages.pollFirst();
			}
			if (page == null) {
				long after = Long.parseLong(query(exchange, "after"));
				page = new PullPage(SyncProtocol.VERSION, after, after, false, null, List.of(), now());
			}
			ok(exchange, page);
		}
		else if (path.equals(SyncProtocol.REPORT_PATH)) {
			NodeReport report = this.json.readValue(received.body(), NodeReport.class);
			ok(exchange, new NodeReportAnswer(now(), 0, report.pendingEvents() < 0));
		}
		else if (path.startsWith(SyncProtocol.ATTACHMENTS_PATH + "/")) {
			attachment(exchange, received, path.substring(SyncProtocol.ATTACHMENTS_PATH.length() + 1));
		}
		else {
			problem(exchange, 404, "NOT_FOUND");
		}
	}

	private void push(HttpExchange exchange, Received received) throws IOException {
		PushBatch batch = this.json.readValue(received.body(), PushBatch.class);
		List<EventAck> acks = new ArrayList<>();
		for (CaseEvent event : batch.events()) {
			CaseEvent held = this.stored.get(event.id());
			if (held != null) {
				acks.add(new EventAck(event.id(), held.equals(event) ? AckStatus.DUPLICATE : AckStatus.CONFLICT,
						held.equals(event) ? null : org.bianmin.model.cases.RuleViolation.of("sync.rule.conflict")));
				continue;
			}
			EventAck ack = this.ackPolicy.apply(event);
			if (ack.status().isSettled()) {
				this.stored.put(event.id(), event);
			}
			acks.add(ack);
		}
		ok(exchange, new PushAck(SyncProtocol.VERSION, batch.batchId(), acks, now()));
	}

	private void attachment(HttpExchange exchange, Received received, String rest) throws IOException {
		if (rest.endsWith("/state")) {
			String sha256 = rest.substring(0, rest.length() - "/state".length());
			ByteArrayOutputStream held = this.attachments.get(sha256);
			if (held == null) {
				problem(exchange, 404, "NOT_FOUND");
				return;
			}
			ok(exchange, state(sha256, held));
			return;
		}
		String sha256 = rest;
		if (received.method().equals("GET")) {
			ByteArrayOutputStream held = this.attachments.get(sha256);
			if (held == null) {
				problem(exchange, 404, "NOT_FOUND");
				return;
			}
			send(exchange, 200, "application/octet-stream", held.toByteArray());
			return;
		}
		long offset = Long.parseLong(query(exchange, "offset"));
		long size = Long.parseLong(query(exchange, "size"));
		this.chunks.add(sha256 + "@" + offset);
		ByteArrayOutputStream held = this.attachments.computeIfAbsent(sha256, (name) -> new ByteArrayOutputStream());
		this.sizes.put(sha256, size);
		if (held.size() != offset) {
			problem(exchange, 409, "WRONG_OFFSET");
			return;
		}
		held.write(received.body());
		if (this.chunksBeforeCut.getAndDecrement() <= 0) {
			// the chunk is stored, but the answer never reaches the node: closing the
			// exchange
			// before any header was sent drops the connection
			throw new IOException("cut");
		}
		if (held.size() == size && !RequestSignature.sha256Hex(held.toByteArray()).equals(sha256)) {
			this.attachments.remove(sha256);
			problem(exchange, 422, "HASH_MISMATCH");
			return;
		}
		ok(exchange, state(sha256, held));
	}

	private final Map<String, Long> sizes = Collections.synchronizedMap(new HashMap<>());

	private AttachmentState state(String sha256, ByteArrayOutputStream held) {
		long size = this.sizes.getOrDefault(sha256, (long) held.size());
		boolean complete = held.size() == size && RequestSignature.sha256Hex(held.toByteArray()).equals(sha256);
		return new AttachmentState(sha256, size, held.size(), complete);
	}

	private static String query(HttpExchange exchange, String name) {
		for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
			String[] parts = pair.split("=", 2);
			if (parts[0].equals(name)) {
				return parts[1];
			}
		}
		throw new IllegalArgumentException("no " + name);
	}

	private void ok(HttpExchange exchange, Object body) throws IOException {
		send(exchange, 200, SyncProtocol.MEDIA_TYPE, this.json.writeValueAsBytes(body));
	}

	private void problem(HttpExchange exchange, int status, String code) throws IOException {
		String body = "{\"type\":\"about:blank\",\"status\":" + status + ",\"code\":\"" + code
				+ "\",\"detail\":\"refused by the fake hub\"}";
		send(exchange, status, SyncProtocol.PROBLEM_MEDIA_TYPE, body.getBytes(StandardCharsets.UTF_8));
	}

	private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	/** A request as the fake hub received it. */
	record Received(String method, String target, String node, String timestamp, String nodeClock, String nonce,
			String signature, boolean gzip, byte[] rawBody, byte[] body) {

		InputStream bodyStream() {
			return new ByteArrayInputStream(this.body);
		}

	}

}
