package org.bianmin.hub.catalog.persistence;

import java.util.Optional;

import org.bianmin.hub.catalog.CatalogDraft;

/** The one working draft of the catalog. Writes join the caller's transaction. */
public interface CatalogDraftRepository {

	Optional<CatalogDraft> find();

	/**
	 * Stores the draft if nobody stored another revision since {@code expectedRevision}
	 * (0: none stored yet).
	 * @return the draft as stored, with its new revision
	 * @throws org.springframework.dao.OptimisticLockingFailureException if someone else
	 * changed it in the meantime
	 */
	CatalogDraft save(CatalogDraft draft, long expectedRevision, String by, java.time.Instant at);

	/** Removes the draft, if any. */
	void delete();

}
