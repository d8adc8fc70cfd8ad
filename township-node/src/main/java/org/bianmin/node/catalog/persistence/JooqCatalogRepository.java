package org.bianmin.node.catalog.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Records;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.node.jooq.Tables.CATALOG_VERSION;

@Repository
class JooqCatalogRepository implements CatalogRepository {

	private final DSLContext dsl;

	JooqCatalogRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public Optional<StoredCatalog> latest() {
		return this.dsl.select(CATALOG_VERSION.VERSION, CATALOG_VERSION.DOCUMENT)
			.from(CATALOG_VERSION)
			.orderBy(CATALOG_VERSION.VERSION.desc())
			.limit(1)
			.fetchOptional(Records.mapping(StoredCatalog::new));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(int version, String document, Instant loadedAt) {
		this.dsl.insertInto(CATALOG_VERSION)
			.set(CATALOG_VERSION.VERSION, version)
			.set(CATALOG_VERSION.DOCUMENT, document)
			.set(CATALOG_VERSION.LOADED_AT, loadedAt.atOffset(ZoneOffset.UTC))
			.execute();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void insertReceived(int version, String document, Instant loadedAt) {
		this.dsl.insertInto(CATALOG_VERSION)
			.set(CATALOG_VERSION.VERSION, version)
			.set(CATALOG_VERSION.DOCUMENT, document)
			.set(CATALOG_VERSION.LOADED_AT, loadedAt.atOffset(ZoneOffset.UTC))
			.set(CATALOG_VERSION.RECEIVED, true)
			.execute();
	}

	@Override
	public boolean holds(int version) {
		return this.dsl.fetchExists(CATALOG_VERSION, CATALOG_VERSION.VERSION.eq(version));
	}

	@Override
	public boolean anyReceived() {
		return this.dsl.fetchExists(CATALOG_VERSION, CATALOG_VERSION.RECEIVED.isTrue());
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public int deleteNotReceived() {
		return this.dsl.deleteFrom(CATALOG_VERSION).where(CATALOG_VERSION.RECEIVED.isFalse()).execute();
	}

}
