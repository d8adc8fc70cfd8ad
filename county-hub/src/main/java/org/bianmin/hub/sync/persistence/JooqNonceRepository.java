package org.bianmin.hub.sync.persistence;

import java.time.Instant;
import java.time.ZoneOffset;

import org.bianmin.model.node.NodeCode;
import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.hub.jooq.Tables.SYNC_NONCE;

@Repository
class JooqNonceRepository implements NonceRepository {

	private final DSLContext dsl;

	JooqNonceRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public boolean seen(NodeCode node, String nonce) {
		return this.dsl.fetchExists(SYNC_NONCE, SYNC_NONCE.NODE_CODE.eq(node.value()).and(SYNC_NONCE.NONCE.eq(nonce)));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean record(NodeCode node, String nonce, Instant at) {
		try {
			// "on conflict do nothing": no failed statement, so the transaction stays
			// usable
			// on PostgreSQL; a racing insert that still trips the key is the same answer
			return this.dsl.insertInto(SYNC_NONCE)
				.set(SYNC_NONCE.NODE_CODE, node.value())
				.set(SYNC_NONCE.NONCE, nonce)
				.set(SYNC_NONCE.SEEN_AT, at.atOffset(ZoneOffset.UTC))
				.onConflictDoNothing()
				.execute() == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public int forgetBefore(Instant instant) {
		return this.dsl.deleteFrom(SYNC_NONCE).where(SYNC_NONCE.SEEN_AT.lt(instant.atOffset(ZoneOffset.UTC))).execute();
	}

}
