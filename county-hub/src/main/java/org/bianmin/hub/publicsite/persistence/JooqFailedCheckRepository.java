package org.bianmin.hub.publicsite.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.hub.jooq.Tables.PUBLIC_QUERY_FAILURE;

@Repository
class JooqFailedCheckRepository implements FailedCheckRepository {

	private final DSLContext dsl;

	JooqFailedCheckRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public int countSince(String clientKey, Instant since) {
		return this.dsl.fetchCount(PUBLIC_QUERY_FAILURE, PUBLIC_QUERY_FAILURE.CLIENT_KEY.eq(clientKey)
			.and(PUBLIC_QUERY_FAILURE.FAILED_AT.ge(since.atOffset(ZoneOffset.UTC))));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String clientKey, Instant at) {
		this.dsl.insertInto(PUBLIC_QUERY_FAILURE)
			.set(PUBLIC_QUERY_FAILURE.ID, UUID.randomUUID())
			.set(PUBLIC_QUERY_FAILURE.CLIENT_KEY, clientKey)
			.set(PUBLIC_QUERY_FAILURE.FAILED_AT, at.atOffset(ZoneOffset.UTC))
			.execute();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public int forgetBefore(Instant before) {
		return this.dsl.deleteFrom(PUBLIC_QUERY_FAILURE)
			.where(PUBLIC_QUERY_FAILURE.FAILED_AT.lt(before.atOffset(ZoneOffset.UTC)))
			.execute();
	}

}
