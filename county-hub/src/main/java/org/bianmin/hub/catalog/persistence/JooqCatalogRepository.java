package org.bianmin.hub.catalog.persistence;

import java.time.ZoneOffset;
import java.util.Optional;

import org.bianmin.hub.catalog.PublishedCatalog;
import org.bianmin.model.catalog.CatalogDocument;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import static org.bianmin.hub.jooq.Tables.CATALOG_VERSION;

@Repository
class JooqCatalogRepository implements CatalogRepository {

	private final DSLContext dsl;

	private final JsonMapper json;

	JooqCatalogRepository(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(PublishedCatalog published) {
		this.dsl.insertInto(CATALOG_VERSION)
			.set(CATALOG_VERSION.VERSION, published.version())
			.set(CATALOG_VERSION.PUBLISHED_AT, published.publishedAt().atOffset(ZoneOffset.UTC))
			.set(CATALOG_VERSION.PUBLISHED_BY, published.publishedBy())
			.set(CATALOG_VERSION.ITEM_COUNT, published.catalog().items().size())
			.set(CATALOG_VERSION.DOCUMENT, this.json.writeValueAsString(CatalogDocument.of(published.catalog())))
			.execute();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PublishedCatalog> latest() {
		return select(CATALOG_VERSION.VERSION
			.eq(this.dsl.select(org.jooq.impl.DSL.max(CATALOG_VERSION.VERSION)).from(CATALOG_VERSION).asField()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PublishedCatalog> find(int version) {
		return select(CATALOG_VERSION.VERSION.eq(version));
	}

	private Optional<PublishedCatalog> select(Condition condition) {
		return this.dsl
			.select(CATALOG_VERSION.VERSION, CATALOG_VERSION.PUBLISHED_AT, CATALOG_VERSION.PUBLISHED_BY,
					CATALOG_VERSION.DOCUMENT)
			.from(CATALOG_VERSION)
			.where(condition)
			.fetchOptional()
			.map(this::published);
	}

	private PublishedCatalog published(Record4<Integer, java.time.OffsetDateTime, String, String> row) {
		CatalogDocument document = this.json.readValue(row.value4(), CatalogDocument.class);
		return new PublishedCatalog(document.toCatalogVersion(), row.value2().toInstant(), row.value3());
	}

}
