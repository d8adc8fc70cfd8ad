package org.bianmin.node.casework.persistence;

import java.time.LocalDate;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.node.jooq.Tables.QUERY_CODE_SEQUENCE;

/**
 * Update-or-insert on the node's H2. The update locks the day's row until the caller's
 * transaction ends, and a concurrent update waits for that lock and then counts on from
 * the committed value. The day's first number is an insert: a concurrent insert of the
 * same day waits for the first to commit and then fails on the primary key, after which
 * the row is there to update. H2 undoes only the failed statement, not the transaction,
 * so the retry runs in the caller's transaction.
 */
@Repository
class JooqQueryCodeSequenceRepository implements QueryCodeSequenceRepository {

	private final DSLContext dsl;

	JooqQueryCodeSequenceRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public int next(LocalDate day) {
		Integer next = increment(day);
		if (next != null) {
			return next;
		}
		try {
			this.dsl.insertInto(QUERY_CODE_SEQUENCE, QUERY_CODE_SEQUENCE.ISSUED_ON, QUERY_CODE_SEQUENCE.LAST_SEQUENCE)
				.values(day, 1)
				.execute();
			return 1;
		}
		catch (DuplicateKeyException ex) {
			// another transaction issued the day's first code and has committed since
			next = increment(day);
			if (next == null) {
				throw new IllegalStateException("query-code sequence of " + day + " is neither insertable nor there",
						ex);
			}
			return next;
		}
	}

	/** The day's number after adding one, or {@code null} if the day has no row yet. */
	private @Nullable Integer increment(LocalDate day) {
		Record1<Integer> row = this.dsl.update(QUERY_CODE_SEQUENCE)
			.set(QUERY_CODE_SEQUENCE.LAST_SEQUENCE, QUERY_CODE_SEQUENCE.LAST_SEQUENCE.plus(1))
			.where(QUERY_CODE_SEQUENCE.ISSUED_ON.eq(day))
			.returningResult(QUERY_CODE_SEQUENCE.LAST_SEQUENCE)
			.fetchOne();
		return (row != null) ? row.value1() : null;
	}

}
