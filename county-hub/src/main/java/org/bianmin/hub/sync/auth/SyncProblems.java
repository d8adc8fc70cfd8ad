package org.bianmin.hub.sync.auth;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.bianmin.model.sync.SyncProtocol;
import org.bianmin.model.sync.SyncRefusal;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a refusal as {@code application/problem+json} (RFC 9457) with the members
 * docs/sync-protocol.md 3.4 names: {@code code}, {@code detail} and {@code hubTime}.
 */
@Component
public class SyncProblems {

	private final JsonMapper json;

	SyncProblems(JsonMapper json) {
		this.json = json;
	}

	/** The problem body of a refusal. */
	public Map<String, Object> body(SyncRefusalException refusal, Instant hubTime) {
		SyncRefusal code = refusal.refusal();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", title(code));
		body.put("status", code.httpStatus());
		body.put("code", code.name());
		body.put("detail", refusal.detail());
		body.put("hubTime", hubTime.toString());
		body.putAll(refusal.extra());
		return body;
	}

	void write(HttpServletResponse response, SyncRefusalException refusal, Instant hubTime) throws IOException {
		response.setStatus(refusal.refusal().httpStatus());
		response.setContentType(SyncProtocol.PROBLEM_MEDIA_TYPE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(SyncProtocol.HUB_TIME_HEADER, hubTime.toString());
		response.getOutputStream().write(this.json.writeValueAsBytes(body(refusal, hubTime)));
	}

	private static String title(SyncRefusal code) {
		return switch (code) {
			case UNSUPPORTED_PROTOCOL -> "Unsupported protocol version";
			case MISSING_HEADER -> "Missing or malformed header";
			case UNKNOWN_NODE -> "Unknown node";
			case BODY_TOO_LARGE -> "Body too large";
			case BAD_DIGEST -> "Body digest mismatch";
			case BAD_SIGNATURE -> "Bad signature";
			case NODE_DISABLED -> "Node disabled";
			case STALE_TIMESTAMP -> "Stale timestamp";
			case REPLAYED_NONCE -> "Replayed nonce";
			case MALFORMED_BODY -> "Malformed body";
			case WRONG_OFFSET -> "Wrong offset";
			case HASH_MISMATCH -> "Hash mismatch";
		};
	}

}
