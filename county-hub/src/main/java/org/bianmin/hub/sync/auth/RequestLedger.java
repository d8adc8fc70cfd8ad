package org.bianmin.hub.sync.auth;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.bianmin.hub.sync.persistence.NodeRepository;
import org.bianmin.hub.sync.persistence.NonceRepository;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.SyncProtocol;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an accepted request in one short transaction: its nonce (atomically: the
 * primary key decides between two instances) and the node's contact time and clock skew.
 * Nonces older than twice the signature window are forgotten now and then: a request that
 * old fails the timestamp check anyway.
 */
@Component
class RequestLedger {

	private static final java.time.Duration PRUNE_EVERY = java.time.Duration.ofMinutes(1);

	private final NonceRepository nonces;

	private final NodeRepository nodes;

	private final AtomicReference<Instant> lastPruned = new AtomicReference<>(Instant.EPOCH);

	RequestLedger(NonceRepository nonces, NodeRepository nodes) {
		this.nonces = nonces;
		this.nodes = nodes;
	}

	/**
	 * @return false if the nonce was recorded before (then nothing is written)
	 */
	@Transactional
	public boolean accept(NodeCode node, String nonce, Instant at, long clockSkewMillis) {
		if (!this.nonces.record(node, nonce, at)) {
			return false;
		}
		this.nodes.recordContact(node, at, clockSkewMillis);
		Instant last = this.lastPruned.get();
		if (last.plus(PRUNE_EVERY).isBefore(at) && this.lastPruned.compareAndSet(last, at)) {
			this.nonces.forgetBefore(at.minus(SyncProtocol.SIGNATURE_WINDOW.multipliedBy(2)));
		}
		return true;
	}

}
