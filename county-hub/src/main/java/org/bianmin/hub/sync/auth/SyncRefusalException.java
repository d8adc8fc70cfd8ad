package org.bianmin.hub.sync.auth;

import java.util.Map;
import java.util.Objects;

import org.bianmin.model.sync.SyncRefusal;

/**
 * A sync request the hub refuses as a whole (docs/sync-protocol.md 3.4, 9): answered as
 * {@code application/problem+json} with the refusal's status and code.
 */
public class SyncRefusalException extends RuntimeException {

	private final SyncRefusal refusal;

	private final Map<String, Object> extra;

	public SyncRefusalException(SyncRefusal refusal, String detail) {
		this(refusal, detail, Map.of());
	}

	/**
	 * @param extra more members of the problem body (e.g. {@code supported}, or the
	 * attachment state of a WRONG_OFFSET)
	 */
	public SyncRefusalException(SyncRefusal refusal, String detail, Map<String, Object> extra) {
		super(detail);
		this.refusal = Objects.requireNonNull(refusal, "refusal");
		this.extra = Map.copyOf(extra);
	}

	public SyncRefusal refusal() {
		return this.refusal;
	}

	public String detail() {
		return getMessage();
	}

	public Map<String, Object> extra() {
		return this.extra;
	}

}
