package org.bianmin.hub.catalog.persistence;

import java.util.Optional;

import org.bianmin.hub.catalog.PublishedCatalog;

/** Published catalog versions; a version once stored is never changed. */
public interface CatalogRepository {

	/**
	 * Stores a newly published version, in the caller's transaction.
	 * @throws org.springframework.dao.DuplicateKeyException if that version exists
	 */
	void insert(PublishedCatalog published);

	/** The latest published version, if any. */
	Optional<PublishedCatalog> latest();

	/** A published version by its number. */
	Optional<PublishedCatalog> find(int version);

}
