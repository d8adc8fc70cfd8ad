package org.bianmin.model.sync;

/**
 * The version of the sync protocol between nodes and the hub, and the names of its
 * headers. docs/sync-protocol.md is the full description; a request in a version the
 * other side does not speak is refused, never guessed at.
 */
public final class SyncProtocol {

	/** The protocol version this code speaks. */
	public static final int VERSION = 1;

	/** Header carrying the protocol version of a request. */
	public static final String VERSION_HEADER = "X-Bianmin-Protocol";

	/** Header carrying the node code of the node that sends a request. */
	public static final String NODE_HEADER = "X-Bianmin-Node";

	/** Media type of every sync body. */
	public static final String MEDIA_TYPE = "application/json";

	private SyncProtocol() {
	}

}
