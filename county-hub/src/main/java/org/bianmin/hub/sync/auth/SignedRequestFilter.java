package org.bianmin.hub.sync.auth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bianmin.hub.sync.persistence.NodeRepository;
import org.bianmin.hub.sync.persistence.NonceRepository;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.RequestSignature;
import org.bianmin.model.sync.SyncProtocol;
import org.bianmin.model.sync.SyncRefusal;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every sync request before an endpoint sees it, in the order of
 * docs/sync-protocol.md 3.4, stopping at the first failure; a refused request changes
 * nothing (its nonce is recorded only once all ten checks passed). Every answer, refusals
 * included, carries the hub's clock.
 */
class SignedRequestFilter extends OncePerRequestFilter {

	private static final Pattern NONCE = Pattern.compile("[0-9a-f]{32}");

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private static final int SIGNATURE_BYTES = 32;

	private final NodeRepository nodes;

	private final NonceRepository nonces;

	private final RequestLedger ledger;

	private final List<SyncBodyReader> readers;

	private final SyncProblems problems;

	private final Clock clock;

	SignedRequestFilter(NodeRepository nodes, NonceRepository nonces, RequestLedger ledger,
			List<SyncBodyReader> readers, SyncProblems problems, Clock clock) {
		this.nodes = nodes;
		this.nonces = nonces;
		this.ledger = ledger;
		this.readers = List.copyOf(readers);
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Instant hubTime = this.clock.instant();
		response.setHeader(SyncProtocol.HUB_TIME_HEADER, hubTime.toString());
		VerifiedRequest verified;
		try {
			verified = verify(request, hubTime);
		}
		catch (SyncRefusalException ex) {
			this.problems.write(response, ex, hubTime);
			return;
		}
		request.setAttribute(VerifiedRequest.ATTRIBUTE, verified);
		chain.doFilter(request, response);
	}

	private VerifiedRequest verify(HttpServletRequest request, Instant hubTime) throws IOException {
		// 1. the protocol version (an absent header is check 2's)
		String protocol = request.getHeader(SyncProtocol.VERSION_HEADER);
		if (protocol != null && !protocol.equals(Integer.toString(SyncProtocol.VERSION))) {
			throw new SyncRefusalException(SyncRefusal.UNSUPPORTED_PROTOCOL,
					"protocol version " + abbreviate(protocol) + " is not spoken here",
					Map.of("supported", List.of(SyncProtocol.VERSION)));
		}
		// 2. every header present and well-formed
		required(request, SyncProtocol.VERSION_HEADER);
		NodeCode node = nodeCode(required(request, SyncProtocol.NODE_HEADER));
		String timestamp = required(request, SyncProtocol.TIMESTAMP_HEADER);
		Instant timestampInstant = instant(SyncProtocol.TIMESTAMP_HEADER, timestamp);
		String nodeClock = required(request, SyncProtocol.NODE_CLOCK_HEADER);
		Instant nodeClockInstant = instant(SyncProtocol.NODE_CLOCK_HEADER, nodeClock);
		String nonce = matching(request, SyncProtocol.NONCE_HEADER, NONCE);
		String contentSha256 = matching(request, SyncProtocol.CONTENT_SHA256_HEADER, SHA256);
		String signature = required(request, SyncProtocol.SIGNATURE_HEADER);
		if (!isSignatureShaped(signature)) {
			throw malformedHeader(SyncProtocol.SIGNATURE_HEADER);
		}
		// 3. a registered node
		NodeRepository.Credentials credentials = this.nodes.credentials(node)
			.orElseThrow(() -> new SyncRefusalException(SyncRefusal.UNKNOWN_NODE,
					"no node is registered under the code " + node));
		// 4. the body within its limits, as sent and inflated
		String path = path(request);
		Optional<SyncBodyReader> reader = this.readers.stream()
			.filter((candidate) -> candidate.reads(request.getMethod(), path))
			.findFirst();
		Map<String, String> query = query(request);
		long maxBody = reader.map(SyncBodyReader::maxBodyBytes).orElse((long) SyncProtocol.MAX_BODY_BYTES);
		long maxInflated = reader.map(SyncBodyReader::maxInflatedBytes).orElse((long) SyncProtocol.MAX_INFLATED_BYTES);
		reader.ifPresent((r) -> r.checkDeclaredSize(query));
		if (request.getContentLengthLong() > maxBody) {
			throw tooLarge(maxBody, "as sent");
		}
		byte[] sent = readAtMost(request.getInputStream(), maxBody, "as sent");
		byte[] body = sent;
		String inflateProblem = null;
		String encoding = request.getHeader("Content-Encoding");
		if (encoding != null && encoding.equalsIgnoreCase("gzip")) {
			try {
				body = readAtMost(new GZIPInputStream(new java.io.ByteArrayInputStream(sent)), maxInflated, "inflated");
			}
			catch (ZipException | java.io.EOFException ex) {
				// reported as check 10: the signature may still be bad, which comes first
				inflateProblem = "the body is not valid gzip";
			}
		}
		else if (encoding != null && !encoding.equalsIgnoreCase("identity")) {
			inflateProblem = "content encoding " + abbreviate(encoding) + " is not understood";
		}
		// 5. the digest of the bytes as sent
		if (!RequestSignature.sha256Hex(sent).equals(contentSha256)) {
			throw new SyncRefusalException(SyncRefusal.BAD_DIGEST,
					"the body's SHA-256 is not the one in " + SyncProtocol.CONTENT_SHA256_HEADER);
		}
		// 6. the signature, with the node's current secret
		String target = request.getRequestURI()
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		RequestSignature signed = new RequestSignature(SyncProtocol.VERSION, request.getMethod(), target, node,
				timestamp, nodeClock, nonce, contentSha256);
		if (!signed.verify(credentials.secret(), signature)) {
			throw new SyncRefusalException(SyncRefusal.BAD_SIGNATURE,
					"the signature does not verify with the node's current secret");
		}
		// 7. an enabled node
		if (!credentials.enabled()) {
			throw new SyncRefusalException(SyncRefusal.NODE_DISABLED,
					"node " + node + " is disabled at the hub; ask the county's administrator");
		}
		// 8. a fresh timestamp
		Duration off = Duration.between(hubTime, timestampInstant).abs();
		if (off.compareTo(SyncProtocol.SIGNATURE_WINDOW) > 0) {
			throw new SyncRefusalException(SyncRefusal.STALE_TIMESTAMP, "timestamp " + timestamp + " is "
					+ describe(off) + " from the hub clock (the window is " + SyncProtocol.SIGNATURE_WINDOW + ")");
		}
		// 9. a nonce not used before (recorded atomically below, once everything passed)
		if (this.nonces.seen(node, nonce)) {
			throw replayed(nonce);
		}
		// 10. a body the endpoint can read, naming the signer
		if (inflateProblem != null) {
			throw new SyncRefusalException(SyncRefusal.MALFORMED_BODY, inflateProblem);
		}
		Object read = (reader.isPresent()) ? reader.get().read(node, path, query, body) : body;
		long skew = Duration.between(hubTime, nodeClockInstant).toMillis();
		if (!this.ledger.accept(node, nonce, hubTime, skew)) {
			throw replayed(nonce);
		}
		return new VerifiedRequest(node, hubTime, skew, read);
	}

	private static SyncRefusalException replayed(String nonce) {
		return new SyncRefusalException(SyncRefusal.REPLAYED_NONCE,
				"nonce " + nonce + " was used before: every request needs a new one");
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	// read from the query string itself: getParameterMap() would consume a form body
	private static Map<String, String> query(HttpServletRequest request) {
		Map<String, String> query = new HashMap<>();
		String raw = request.getQueryString();
		if (raw == null || raw.isEmpty()) {
			return query;
		}
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			try {
				query.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
						URLDecoder.decode(value, StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				// a broken escape: the parameter is left out, and its reader refuses the
				// request
			}
		}
		return query;
	}

	private static String required(HttpServletRequest request, String header) {
		String value = request.getHeader(header);
		if (value == null || value.isBlank()) {
			throw new SyncRefusalException(SyncRefusal.MISSING_HEADER, "header " + header + " is missing");
		}
		return value;
	}

	private static String matching(HttpServletRequest request, String header, Pattern pattern) {
		String value = required(request, header);
		if (!pattern.matcher(value).matches()) {
			throw malformedHeader(header);
		}
		return value;
	}

	private static NodeCode nodeCode(String value) {
		try {
			return NodeCode.of(value);
		}
		catch (IllegalArgumentException ex) {
			throw malformedHeader(SyncProtocol.NODE_HEADER);
		}
	}

	private static Instant instant(String header, String value) {
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw malformedHeader(header);
		}
	}

	private static boolean isSignatureShaped(String signature) {
		try {
			return Base64.getDecoder().decode(signature).length == SIGNATURE_BYTES;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static SyncRefusalException malformedHeader(String header) {
		return new SyncRefusalException(SyncRefusal.MISSING_HEADER, "header " + header + " is not well-formed");
	}

	private static SyncRefusalException tooLarge(long limit, String how) {
		return new SyncRefusalException(SyncRefusal.BODY_TOO_LARGE,
				"the body is larger than " + limit + " bytes " + how);
	}

	private static byte[] readAtMost(InputStream in, long limit, String how) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			total += read;
			if (total > limit) {
				throw tooLarge(limit, how);
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	private static String describe(Duration off) {
		long seconds = off.toSeconds();
		if (seconds < 120) {
			return seconds + " seconds";
		}
		if (seconds < 7200) {
			return (seconds / 60) + " minutes";
		}
		return String.format(java.util.Locale.ROOT, "%.1f hours", seconds / 3600.0);
	}

	private static String abbreviate(@Nullable String value) {
		if (value == null) {
			return "";
		}
		return (value.length() > 20) ? value.substring(0, 20) + "…" : value;
	}

}
