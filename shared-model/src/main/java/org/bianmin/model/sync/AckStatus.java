package org.bianmin.model.sync;

/** The hub's answer for one pushed event. */
public enum AckStatus {

	/** Stored now. */
	STORED,

	/** Stored before, with identical content: a harmless replay. */
	DUPLICATE,

	/** Same event id, different content: refused, kept and shown to a person. */
	CONFLICT,

	/** An event on a case the node does not own now: refused, kept and shown. */
	NOT_OWNER,

	/** Unprocessable: kept in quarantine with its reason. */
	QUARANTINED;

	/** Whether the node may mark the event as synced. */
	public boolean isSettled() {
		return this == STORED || this == DUPLICATE;
	}

}
