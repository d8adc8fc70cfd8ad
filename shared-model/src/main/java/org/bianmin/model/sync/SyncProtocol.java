package org.bianmin.model.sync;

import java.time.Duration;

/**
 * The version of the sync protocol between nodes and the hub, its paths, headers and
 * limits. docs/sync-protocol.md is the full description; a request in a version the other
 * side does not speak is refused, never guessed at.
 */
public final class SyncProtocol {

	/** The protocol version this code speaks. */
	public static final int VERSION = 1;

	/** Every sync path starts with this. */
	public static final String BASE_PATH = "/sync/v1";

	/** {@code POST}: a {@link PushBatch}, answered by a {@link PushAck}. */
	public static final String PUSH_PATH = BASE_PATH + "/push";

	/**
	 * {@code GET ?after=<cursor>&limit=<n>&outboxSeq=<seq>[&rebuild=true]}: a
	 * {@link PullPage}.
	 */
	public static final String FEED_PATH = BASE_PATH + "/feed";

	/** {@code POST}: a {@link NodeReport}, answered by a {@link NodeReportAnswer}. */
	public static final String REPORT_PATH = BASE_PATH + "/report";

	/**
	 * {@code /attachments/<sha256>}: {@code GET} the content; {@code /state} the
	 * {@link AttachmentState}; {@code PUT ?size=<n>&offset=<o>} one chunk.
	 */
	public static final String ATTACHMENTS_PATH = BASE_PATH + "/attachments";

	/** Header carrying the protocol version of a request. */
	public static final String VERSION_HEADER = "X-Bianmin-Protocol";

	/** Header carrying the node code of the node that sends a request. */
	public static final String NODE_HEADER = "X-Bianmin-Node";

	/** The node's clock corrected by its last measured offset to the hub's. */
	public static final String TIMESTAMP_HEADER = "X-Bianmin-Timestamp";

	/** The node's own clock, uncorrected: the hub measures the node's skew from it. */
	public static final String NODE_CLOCK_HEADER = "X-Bianmin-Node-Clock";

	/** 16 random bytes as 32 lower-case hex digits, never used twice by a node. */
	public static final String NONCE_HEADER = "X-Bianmin-Nonce";

	/** SHA-256 of the body bytes exactly as sent, 64 lower-case hex digits. */
	public static final String CONTENT_SHA256_HEADER = "X-Bianmin-Content-SHA256";

	/** Base64 of the HMAC-SHA256 over {@link RequestSignature#canonical}. */
	public static final String SIGNATURE_HEADER = "X-Bianmin-Signature";

	/** On every hub answer, refusals included: the hub's clock. */
	public static final String HUB_TIME_HEADER = "X-Bianmin-Hub-Time";

	/** Media type of every sync body but attachment chunks. */
	public static final String MEDIA_TYPE = "application/json";

	/** Media type of a refusal. */
	public static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

	/** How far a request's timestamp may be from the hub's clock, either way. */
	public static final Duration SIGNATURE_WINDOW = Duration.ofMinutes(5);

	/** Most events in one push batch. */
	public static final int MAX_BATCH_EVENTS = 1000;

	/** Largest request body as sent (compressed), in bytes. */
	public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

	/** Largest request body after decompression, in bytes. */
	public static final int MAX_INFLATED_BYTES = 64 * 1024 * 1024;

	/** Largest attachment chunk, in bytes. */
	public static final int MAX_CHUNK_BYTES = 1024 * 1024;

	/** Largest attachment, in bytes. */
	public static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;

	/** Most entries in one feed page. */
	public static final int MAX_FEED_LIMIT = 1000;

	private SyncProtocol() {
	}

}
