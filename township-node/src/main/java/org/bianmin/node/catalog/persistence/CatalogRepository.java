package org.bianmin.node.catalog.persistence;

import java.time.Instant;
import java.util.Optional;

/** The catalog versions this node holds, as JSON documents. */
public interface CatalogRepository {

	/** The document of the highest version held, if any. */
	Optional<StoredCatalog> latest();

	/** Stores a version's document, in the caller's transaction. */
	void insert(int version, String document, Instant loadedAt);

	/**
	 * A stored catalog version.
	 *
	 * @param version the version number
	 * @param document the JSON document
	 */
	record StoredCatalog(int version, String document) {
	}

}
