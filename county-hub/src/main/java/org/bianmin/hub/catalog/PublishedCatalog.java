package org.bianmin.hub.catalog;

import java.time.Instant;
import java.util.Objects;

import org.bianmin.model.catalog.CatalogVersion;

/**
 * A catalog version as published: what it holds, when and by whom.
 *
 * @param catalog the version's items
 * @param publishedAt when it was published
 * @param publishedBy the user id of the admin who published it
 */
public record PublishedCatalog(CatalogVersion catalog, Instant publishedAt, String publishedBy) {

	public PublishedCatalog {
		Objects.requireNonNull(catalog, "catalog");
		Objects.requireNonNull(publishedAt, "publishedAt");
		Objects.requireNonNull(publishedBy, "publishedBy");
	}

	public int version() {
		return this.catalog.version();
	}

}
