package org.bianmin.node.sync.persistence;

/** The states of an outbox row (style guide §6). */
public enum OutboxState {

	/** Waiting to be pushed (also after a failed or cut push). */
	PENDING,

	/** In a batch being pushed now; returns to PENDING if the push does not finish. */
	UPLOADING,

	/** Acknowledged by the hub as stored or as an identical replay. */
	SYNCED,

	/** Refused by the hub; shown to staff, never retried by itself. */
	REJECTED,

	/**
	 * Refused, then resolved by a person at the county (docs/sync-protocol.md 5.4): off
	 * the problem list, never sent again, with the county's choice and reason kept.
	 */
	RESOLVED

}
