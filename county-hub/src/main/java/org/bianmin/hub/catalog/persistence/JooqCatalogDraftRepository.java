package org.bianmin.hub.catalog.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.bianmin.hub.catalog.CatalogDraft;
import org.bianmin.model.catalog.CatalogDocument;
import org.jooq.DSLContext;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import static org.bianmin.hub.jooq.Tables.CATALOG_DRAFT;

@Repository
class JooqCatalogDraftRepository implements CatalogDraftRepository {

	private static final int THE_DRAFT = 1;

	private final DSLContext dsl;

	private final JsonMapper json;

	JooqCatalogDraftRepository(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CatalogDraft> find() {
		return this.dsl
			.select(CATALOG_DRAFT.BASED_ON, CATALOG_DRAFT.DOCUMENT, CATALOG_DRAFT.REVISION, CATALOG_DRAFT.UPDATED_AT,
					CATALOG_DRAFT.UPDATED_BY)
			.from(CATALOG_DRAFT)
			.where(CATALOG_DRAFT.ID.eq(THE_DRAFT))
			.fetchOptional((r) -> {
				CatalogDocument document = this.json.readValue(r.value2(), CatalogDocument.class);
				return new CatalogDraft(r.value1(),
						(document.items() != null)
								? document.items().stream().map(java.util.Objects::requireNonNull).toList()
								: java.util.List.of(),
						r.value3(), r.value4().toInstant(), r.value5());
			});
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public CatalogDraft save(CatalogDraft draft, long expectedRevision, String by, Instant at) {
		long revision = expectedRevision + 1;
		String document = this.json
			.writeValueAsString(new CatalogDocument(null, draft.nextVersion(), java.util.List.copyOf(draft.items())));
		if (expectedRevision == 0) {
			try {
				this.dsl.insertInto(CATALOG_DRAFT)
					.set(CATALOG_DRAFT.ID, THE_DRAFT)
					.set(CATALOG_DRAFT.BASED_ON, draft.basedOn())
					.set(CATALOG_DRAFT.DOCUMENT, document)
					.set(CATALOG_DRAFT.REVISION, revision)
					.set(CATALOG_DRAFT.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
					.set(CATALOG_DRAFT.UPDATED_BY, by)
					.execute();
			}
			catch (DuplicateKeyException ex) {
				throw new OptimisticLockingFailureException("another administrator started a draft meanwhile", ex);
			}
		}
		else {
			int updated = this.dsl.update(CATALOG_DRAFT)
				.set(CATALOG_DRAFT.DOCUMENT, document)
				.set(CATALOG_DRAFT.REVISION, revision)
				.set(CATALOG_DRAFT.UPDATED_AT, at.atOffset(ZoneOffset.UTC))
				.set(CATALOG_DRAFT.UPDATED_BY, by)
				.where(CATALOG_DRAFT.ID.eq(THE_DRAFT).and(CATALOG_DRAFT.REVISION.eq(expectedRevision)))
				.execute();
			if (updated != 1) {
				throw new OptimisticLockingFailureException(
						"the catalog draft changed since revision " + expectedRevision);
			}
		}
		return new CatalogDraft(draft.basedOn(), draft.items(), revision, at, by);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void delete() {
		this.dsl.deleteFrom(CATALOG_DRAFT).where(CATALOG_DRAFT.ID.eq(THE_DRAFT)).execute();
	}

}
