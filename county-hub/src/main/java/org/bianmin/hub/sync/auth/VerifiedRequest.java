package org.bianmin.hub.sync.auth;

import java.time.Instant;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import org.bianmin.model.node.NodeCode;

/**
 * A sync request that passed every check of docs/sync-protocol.md 3.4: who sent it, the
 * hub's clock when it arrived, the node's skew, and its body as read by the endpoint's
 * {@link SyncBodyReader}. Endpoints find it as a request attribute.
 *
 * @param node the signing node
 * @param hubTime the hub's clock at arrival (also sent as X-Bianmin-Hub-Time)
 * @param clockSkewMillis the node's raw clock minus the hub's
 * @param body what the endpoint's reader made of the body and query
 */
public record VerifiedRequest(NodeCode node, Instant hubTime, long clockSkewMillis, Object body) {

	static final String ATTRIBUTE = VerifiedRequest.class.getName();

	public VerifiedRequest {
		Objects.requireNonNull(node, "node");
		Objects.requireNonNull(hubTime, "hubTime");
		Objects.requireNonNull(body, "body");
	}

	/**
	 * The verified request behind a servlet request.
	 * @throws IllegalStateException if the request did not pass the sync filter
	 */
	public static VerifiedRequest of(HttpServletRequest request) {
		Object verified = request.getAttribute(ATTRIBUTE);
		if (verified instanceof VerifiedRequest ok) {
			return ok;
		}
		throw new IllegalStateException("not a verified sync request: " + request.getRequestURI());
	}

	/** The body as the type the endpoint's reader made. */
	public <T> T body(Class<T> type) {
		return type.cast(this.body);
	}

}
