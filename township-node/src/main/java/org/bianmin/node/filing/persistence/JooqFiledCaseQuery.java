package org.bianmin.node.filing.persistence;

import java.util.List;

import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.QueryCode;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.node.filing.FiledCase;
import org.jooq.Condition;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static org.bianmin.node.jooq.Tables.CASES;

/**
 * Reads casework's projection table {@code cases}: a read model only; every write to it
 * goes through casework's repository.
 */
@Repository
class JooqFiledCaseQuery implements FiledCaseQuery {

	private final DSLContext dsl;

	JooqFiledCaseQuery(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public List<FiledCase> filedBy(String userId, NodeCode node, int offset, int limit) {
		return this.dsl
			.select(CASES.ID, CASES.QUERY_CODE, CASES.STATUS, CASES.ITEM_NAME, CASES.APPLICANT_NAME, CASES.RESIDENT_ID,
					CASES.OWNER_NODE, CASES.FILED_AT)
			.from(CASES)
			.where(filedBy(userId, node))
			.orderBy(CASES.FILED_AT.desc(), CASES.ID)
			.offset(offset)
			.limit(limit)
			.fetch((row) -> new FiledCase(CaseId.of(row.value1()), QueryCode.of(row.value2()),
					CaseStatus.valueOf(row.value3()), row.value4(), row.value5(), ResidentId.of(row.value6()).masked(),
					row.value7(), row.value8().toInstant()));
	}

	@Override
	public int countFiledBy(String userId, NodeCode node) {
		return this.dsl.fetchCount(CASES, filedBy(userId, node));
	}

	private static Condition filedBy(String userId, NodeCode node) {
		return CASES.FILED_BY.eq(userId).and(CASES.FILED_NODE.eq(node.value()));
	}

}
