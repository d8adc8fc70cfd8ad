package org.bianmin.node.filing.persistence;

import java.time.LocalDate;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.node.jooq.Tables.FILING_CODE_SEQUENCE;

@Repository
class JooqCodeSequenceRepository implements CodeSequenceRepository {

	private final DSLContext dsl;

	JooqCodeSequenceRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public int next(LocalDate day) {
		int updated = this.dsl.update(FILING_CODE_SEQUENCE)
			.set(FILING_CODE_SEQUENCE.LAST_SEQUENCE, FILING_CODE_SEQUENCE.LAST_SEQUENCE.plus(1))
			.where(FILING_CODE_SEQUENCE.ISSUED_ON.eq(day))
			.execute();
		if (updated == 0) {
			// the day's first code; a concurrent first insert fails on the primary key
			// and its filing is refused whole, never given a duplicate number
			this.dsl.insertInto(FILING_CODE_SEQUENCE)
				.set(FILING_CODE_SEQUENCE.ISSUED_ON, day)
				.set(FILING_CODE_SEQUENCE.LAST_SEQUENCE, 1)
				.execute();
			return 1;
		}
		return this.dsl.select(FILING_CODE_SEQUENCE.LAST_SEQUENCE)
			.from(FILING_CODE_SEQUENCE)
			.where(FILING_CODE_SEQUENCE.ISSUED_ON.eq(day))
			.fetchSingle(FILING_CODE_SEQUENCE.LAST_SEQUENCE);
	}

}
