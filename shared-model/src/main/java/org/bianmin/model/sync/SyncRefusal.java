package org.bianmin.model.sync;

/**
 * Why the hub refused a whole sync request, before storing anything. The name is the
 * {@code code} of the problem body; a node shows each with its own message
 * ({@code sync.refusal.<NAME>} in its texts).
 */
public enum SyncRefusal {

	/** The protocol version header names a version the hub does not speak. */
	UNSUPPORTED_PROTOCOL(400),

	/** A required header is absent or malformed. */
	MISSING_HEADER(400),

	/** No node is registered under the node header's code. */
	UNKNOWN_NODE(401),

	/**
	 * The body is larger than {@link SyncProtocol#MAX_BODY_BYTES} (or inflates beyond the
	 * limit).
	 */
	BODY_TOO_LARGE(413),

	/** The body's SHA-256 is not the one in the content header. */
	BAD_DIGEST(400),

	/** The signature does not verify with the node's secret. */
	BAD_SIGNATURE(401),

	/** The node is registered but disabled by an administrator. */
	NODE_DISABLED(403),

	/**
	 * The timestamp is further than {@link SyncProtocol#SIGNATURE_WINDOW} from the hub's
	 * clock.
	 */
	STALE_TIMESTAMP(401),

	/** The nonce was used before by this node. */
	REPLAYED_NONCE(401),

	/** The body is not what the path expects, or names another node than the signer. */
	MALFORMED_BODY(400),

	/** An attachment chunk does not start where the hub's copy ends. */
	WRONG_OFFSET(409),

	/** A complete attachment's content does not have the SHA-256 it is named by. */
	HASH_MISMATCH(422);

	private final int httpStatus;

	SyncRefusal(int httpStatus) {
		this.httpStatus = httpStatus;
	}

	/** The HTTP status the hub answers with. */
	public int httpStatus() {
		return this.httpStatus;
	}

}
