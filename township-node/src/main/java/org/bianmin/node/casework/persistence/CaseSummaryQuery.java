package org.bianmin.node.casework.persistence;

import java.time.OffsetDateTime;
import java.util.List;

import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.NetworkPlace;
import org.bianmin.model.cases.QueryCode;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.node.casework.CaseLocation;
import org.bianmin.node.casework.CaseSummary;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.node.jooq.Tables.CASES;

/** Case lists read from the {@code cases} projection. */
@Component
public class CaseSummaryQuery {

	private final DSLContext dsl;

	CaseSummaryQuery(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * The cases this node holds or filed, most recently changed first.
	 * @param here this node
	 * @param limit at most this many
	 * @return the summaries
	 */
	@Transactional(readOnly = true)
	public List<CaseSummary> recentlyChanged(NetworkPlace here, int limit) {
		String node = here.node().value();
		return this.dsl
			.select(CASES.ID.convertFrom(CaseId::of), CASES.QUERY_CODE.convertFrom(QueryCode::of), CASES.ITEM_NAME,
					CASES.APPLICANT_NAME.convertFrom(PersonName::of), CASES.RESIDENT_ID.convertFrom(ResidentId::of),
					CASES.STATUS.convertFrom(CaseStatus::valueOf), CASES.OWNER_NODE.convertFrom(NodeCode::of),
					CASES.OWNER_NODE.convertFrom((owner) -> CaseLocation.of(NodeCode.of(owner), here)),
					CASES.LAST_CHANGED_AT.convertFrom(OffsetDateTime::toInstant))
			.from(CASES)
			.where(CASES.OWNER_NODE.eq(node).or(CASES.FILED_NODE.eq(node)))
			// the id breaks ties within a microsecond, so the order never flickers
			.orderBy(CASES.LAST_CHANGED_AT.desc(), CASES.ID.desc())
			.limit(limit)
			.fetch(Records.mapping(CaseSummary::new));
	}

}
