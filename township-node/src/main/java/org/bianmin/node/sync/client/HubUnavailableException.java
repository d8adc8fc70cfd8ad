package org.bianmin.node.sync.client;

/**
 * The hub could not be reached or did not answer in time, or answered that it is busy
 * (5xx, 429). Normal for a node on a rural link: it waits and tries again
 * (docs/sync-protocol.md section 10), and shows "离线", not an error.
 */
public class HubUnavailableException extends RuntimeException {

	public HubUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

	public HubUnavailableException(String message) {
		super(message);
	}

}
