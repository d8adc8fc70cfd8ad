package org.bianmin.node.sync.client;

import java.util.Optional;

import org.bianmin.model.sync.SyncRefusal;
import org.jspecify.annotations.Nullable;

/**
 * The hub answered, but refused the request (docs/sync-protocol.md section 3.4): an error
 * a person must fix (a rotated secret, a disabled node), not a reason to hurry.
 */
public class HubRefusedException extends RuntimeException {

	private final int status;

	private final String code;

	private final @Nullable String detail;

	public HubRefusedException(int status, String code, @Nullable String detail) {
		super("the hub refused the request with " + status + " " + code + ((detail != null) ? ": " + detail : ""));
		this.status = status;
		this.code = code;
		this.detail = detail;
	}

	public int status() {
		return this.status;
	}

	/** The problem's {@code code}, or {@code HTTP_<status>} when the answer had none. */
	public String code() {
		return this.code;
	}

	public @Nullable String detail() {
		return this.detail;
	}

	/** The refusal, if the code is one this node knows. */
	public Optional<SyncRefusal> refusal() {
		for (SyncRefusal refusal : SyncRefusal.values()) {
			if (refusal.name().equals(this.code)) {
				return Optional.of(refusal);
			}
		}
		return Optional.empty();
	}

	public boolean is(SyncRefusal refusal) {
		return refusal.name().equals(this.code);
	}

}
