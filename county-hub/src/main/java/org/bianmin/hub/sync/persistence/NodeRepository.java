package org.bianmin.hub.sync.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bianmin.hub.sync.NodeRegistration;
import org.bianmin.hub.sync.SyncNode;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.NodeReport;

/**
 * Registered nodes, what the hub last heard from them, and their counters. Writes join
 * the caller's transaction.
 */
public interface NodeRepository {

	List<SyncNode> findAll();

	Optional<SyncNode> find(NodeCode code);

	/** What the signature check needs, read by primary key. */
	Optional<Credentials> credentials(NodeCode code);

	/** Those of the codes that are registered. */
	Set<NodeCode> registered(Collection<NodeCode> codes);

	/** Every registered code, in code order. */
	List<NodeCode> allCodes();

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if the code is taken
	 */
	void insert(NodeRegistration registration, String secret, Instant at);

	/**
	 * @return whether the node exists
	 */
	boolean rename(NodeCode code, String name);

	/**
	 * @return whether the node exists
	 */
	boolean setEnabled(NodeCode code, boolean enabled);

	/**
	 * @return whether the node exists
	 */
	boolean replaceSecret(NodeCode code, String secret, Instant at);

	/** Records an accepted request: when, and the node's skew then. */
	void recordContact(NodeCode code, Instant at, long clockSkewMillis);

	void recordReport(NodeReport report, Instant at);

	/**
	 * Raises the highest outbox position stored from the node (never lowers it).
	 */
	void raiseLastOutboxSeq(NodeCode code, long seq);

	/**
	 * What the hub holds of a node's feed and outbox.
	 *
	 * @param enabled whether requests are accepted
	 * @param secret the current secret
	 */
	record Credentials(boolean enabled, String secret) {

		@Override
		public String toString() {
			return "Credentials[enabled=" + this.enabled + "]";
		}

	}

}
