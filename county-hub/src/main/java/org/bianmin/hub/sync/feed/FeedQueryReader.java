package org.bianmin.hub.sync.feed;

import java.util.Map;

import org.bianmin.hub.sync.auth.SyncBodyReader;
import org.bianmin.hub.sync.auth.SyncRefusalException;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.SyncProtocol;
import org.bianmin.model.sync.SyncRefusal;
import org.springframework.stereotype.Component;

/** Reads the query of a pull (check 10: what the path expects). */
@Component
class FeedQueryReader implements SyncBodyReader {

	static final int DEFAULT_LIMIT = 200;

	@Override
	public boolean reads(String method, String path) {
		return method.equals("GET") && path.equals(SyncProtocol.FEED_PATH);
	}

	@Override
	public Object read(NodeCode signer, String path, Map<String, String> query, byte[] body) {
		long after = number(query, "after", null);
		long limit = number(query, "limit", (long) DEFAULT_LIMIT);
		long outboxSeq = number(query, "outboxSeq", null);
		if (after < 0 || outboxSeq < 0 || limit < 1 || limit > SyncProtocol.MAX_FEED_LIMIT) {
			throw malformed("after and outboxSeq must be positions, limit 1 to " + SyncProtocol.MAX_FEED_LIMIT);
		}
		String rebuild = query.getOrDefault("rebuild", "false");
		if (!rebuild.equals("true") && !rebuild.equals("false")) {
			throw malformed("rebuild must be true or false");
		}
		return new FeedQuery(after, (int) limit, outboxSeq, rebuild.equals("true"));
	}

	private static long number(Map<String, String> query, String name, Long fallback) {
		String value = query.get(name);
		if (value == null) {
			if (fallback == null) {
				throw malformed("query parameter " + name + " is missing");
			}
			return fallback;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw malformed("query parameter " + name + " must be a number");
		}
	}

	private static SyncRefusalException malformed(String detail) {
		return new SyncRefusalException(SyncRefusal.MALFORMED_BODY, detail);
	}

}
