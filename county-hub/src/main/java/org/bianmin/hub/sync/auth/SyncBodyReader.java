package org.bianmin.hub.sync.auth;

import java.util.Map;

import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.SyncProtocol;

/**
 * Reads the body (and query) of one sync endpoint, for check 10 of docs/sync-protocol.md
 * 3.4; the filter runs it before the request counts as accepted, so a malformed request
 * is refused without recording its nonce. Each endpoint contributes one as a bean.
 */
public interface SyncBodyReader {

	/** Whether this reader is the one for the method and path (without context path). */
	boolean reads(String method, String path);

	/** Largest body as sent. */
	default long maxBodyBytes() {
		return SyncProtocol.MAX_BODY_BYTES;
	}

	/** Largest body after gzip inflation. */
	default long maxInflatedBytes() {
		return SyncProtocol.MAX_INFLATED_BYTES;
	}

	/**
	 * Refuses sizes the query declares beyond a limit (check 4), before the body is read.
	 * @throws SyncRefusalException BODY_TOO_LARGE
	 */
	default void checkDeclaredSize(Map<String, String> query) {
	}

	/**
	 * Reads the request.
	 * @param signer the node that signed it
	 * @param path the path (without context path)
	 * @param query the query parameters, decoded
	 * @param body the body, inflated
	 * @return what the endpoint works with
	 * @throws SyncRefusalException MALFORMED_BODY if it cannot be read or names another
	 * node
	 */
	Object read(NodeCode signer, String path, Map<String, String> query, byte[] body);

}
