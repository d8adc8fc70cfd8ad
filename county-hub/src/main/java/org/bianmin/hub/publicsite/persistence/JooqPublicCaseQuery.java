package org.bianmin.hub.publicsite.persistence;

import java.util.List;

import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.QueryCode;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import static org.bianmin.hub.jooq.Tables.CASES;
import static org.bianmin.hub.jooq.Tables.CASE_EVENT;

@Repository
class JooqPublicCaseQuery implements PublicCaseQuery {

	private final DSLContext dsl;

	private final JsonMapper json;

	JooqPublicCaseQuery(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	// one statement whether or not the code exists, so an unknown code costs what a
	// known one does up to the check
	@Override
	@Transactional(readOnly = true)
	public List<CaseEvent> eventsOf(QueryCode queryCode) {
		return this.dsl.select(CASE_EVENT.BODY)
			.from(CASE_EVENT)
			.join(CASES)
			.on(CASES.ID.eq(CASE_EVENT.CASE_ID))
			.where(CASES.QUERY_CODE.eq(queryCode.value()))
			.orderBy(CASE_EVENT.SEQUENCE)
			.fetch((row) -> this.json.readValue(row.value1(), CaseEvent.class));
	}

}
