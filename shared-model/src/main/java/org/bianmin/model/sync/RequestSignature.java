package org.bianmin.model.sync;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bianmin.model.node.NodeCode;

/**
 * What a sync request's signature covers, and the HMAC-SHA256 over it. Node and hub build
 * the same canonical text from the same headers, so a change to any of them, to the path,
 * the query or a single byte of the body breaks the signature.
 *
 * @param protocolVersion the {@link SyncProtocol#VERSION_HEADER} value
 * @param method the HTTP method, upper case
 * @param pathAndQuery the request target exactly as sent, e.g.
 * {@code /sync/v1/feed?after=42&limit=200}
 * @param node the {@link SyncProtocol#NODE_HEADER} value
 * @param timestamp the {@link SyncProtocol#TIMESTAMP_HEADER} value, as sent
 * @param nodeClock the {@link SyncProtocol#NODE_CLOCK_HEADER} value, as sent
 * @param nonce the {@link SyncProtocol#NONCE_HEADER} value
 * @param contentSha256 the {@link SyncProtocol#CONTENT_SHA256_HEADER} value
 */
public record RequestSignature(int protocolVersion, String method, String pathAndQuery, NodeCode node, String timestamp,
		String nodeClock, String nonce, String contentSha256) {

	/**
	 * First line of the canonical text: names the scheme, so a future one can't be
	 * confused with it.
	 */
	public static final String SCHEME = "BIANMIN-HMAC-SHA256";

	private static final String HMAC = "HmacSHA256";

	public RequestSignature {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(pathAndQuery, "pathAndQuery");
		Objects.requireNonNull(node, "node");
		Objects.requireNonNull(timestamp, "timestamp");
		Objects.requireNonNull(nodeClock, "nodeClock");
		Objects.requireNonNull(nonce, "nonce");
		Objects.requireNonNull(contentSha256, "contentSha256");
		method = method.toUpperCase(Locale.ROOT);
	}

	/** The text that is signed: nine lines joined by {@code \n}, no trailing newline. */
	public String canonical() {
		return String.join("\n", SCHEME, Integer.toString(this.protocolVersion), this.method, this.pathAndQuery,
				this.node.value(), this.timestamp, this.nodeClock, this.nonce, this.contentSha256);
	}

	/**
	 * The signature header's value.
	 * @param secret the node's secret as issued at registration; its UTF-8 bytes are the
	 * HMAC key
	 */
	public String sign(String secret) {
		return Base64.getEncoder().encodeToString(hmac(secret));
	}

	/**
	 * Whether a received signature header value is this request's, compared in constant
	 * time.
	 */
	public boolean verify(String secret, String signature) {
		byte[] received;
		try {
			received = Base64.getDecoder().decode(signature);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(hmac(secret), received);
	}

	private byte[] hmac(String secret) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
			return mac.doFinal(canonical().getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("every Java platform has " + HMAC, ex);
		}
	}

	/** SHA-256 of some bytes as 64 lower-case hex digits (the empty body's is fixed). */
	public static String sha256Hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
