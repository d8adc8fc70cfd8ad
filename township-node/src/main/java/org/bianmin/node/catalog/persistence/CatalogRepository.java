package org.bianmin.node.catalog.persistence;

import java.time.Instant;
import java.util.Optional;

/** The catalog versions this node holds, as JSON documents. */
public interface CatalogRepository {

	/** The document of the highest version held, if any. */
	Optional<StoredCatalog> latest();

	/** Stores a version's document, in the caller's transaction. */
	void insert(int version, String document, Instant loadedAt);

	/** Stores a version received from the hub, in the caller's transaction. */
	void insertReceived(int version, String document, Instant loadedAt);

	/** Whether the node holds a version. */
	boolean holds(int version);

	/** Whether any version held came from the hub. */
	boolean anyReceived();

	/**
	 * Removes the versions loaded here (the demo stand-in), in the caller's transaction.
	 */
	int deleteNotReceived();

	/**
	 * A stored catalog version.
	 *
	 * @param version the version number
	 * @param document the JSON document
	 */
	record StoredCatalog(int version, String document) {
	}

}
