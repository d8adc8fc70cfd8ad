package org.bianmin.hub.sync.persistence;

import java.time.Instant;

import org.bianmin.model.node.NodeCode;

/** Nonces of accepted requests (docs/sync-protocol.md 3.4, check 9). */
public interface NonceRepository {

	boolean seen(NodeCode node, String nonce);

	/**
	 * Records a nonce unless it is recorded: one atomic insert, so of two requests with
	 * one nonce, on any number of hub instances, only one records it.
	 * @return whether this call recorded it
	 */
	boolean record(NodeCode node, String nonce, Instant at);

	/** Forgets nonces seen before the instant. */
	int forgetBefore(Instant instant);

}
