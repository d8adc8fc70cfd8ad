package org.bianmin.node.sync.persistence;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.bianmin.model.cases.RuleViolation;
import org.bianmin.node.sync.SyncProblem;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.bianmin.node.jooq.Tables.SYNC_PROBLEM;

@Repository
class JooqSyncProblemRepository implements SyncProblemRepository {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final JsonMapper json;

	JooqSyncProblemRepository(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(SyncProblem problem) {
		this.dsl.insertInto(SYNC_PROBLEM)
			.set(SYNC_PROBLEM.ID, UUID.randomUUID())
			.set(SYNC_PROBLEM.CASE_ID, problem.caseId())
			.set(SYNC_PROBLEM.SEQUENCE, problem.sequence())
			.set(SYNC_PROBLEM.LOCAL_EVENT_ID, problem.localEventId())
			.set(SYNC_PROBLEM.HUB_EVENT_ID, problem.hubEventId())
			.set(SYNC_PROBLEM.REASON_KEY, problem.reason().key())
			.set(SYNC_PROBLEM.REASON_ARGS, this.json.writeValueAsString(problem.reason().args()))
			.set(SYNC_PROBLEM.RECORDED_AT, problem.recordedAt().atOffset(ZoneOffset.UTC))
			.onConflictDoNothing()
			.execute();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SyncProblem> latest(int limit) {
		return this.dsl
			.select(SYNC_PROBLEM.CASE_ID, SYNC_PROBLEM.SEQUENCE, SYNC_PROBLEM.LOCAL_EVENT_ID, SYNC_PROBLEM.HUB_EVENT_ID,
					SYNC_PROBLEM.REASON_KEY, SYNC_PROBLEM.REASON_ARGS, SYNC_PROBLEM.RECORDED_AT)
			.from(SYNC_PROBLEM)
			.orderBy(SYNC_PROBLEM.RECORDED_AT.desc())
			.limit(limit)
			.fetch((r) -> new SyncProblem(r.value1(), r.value2(), r.value3(), r.value4(),
					new RuleViolation(r.value5(), this.json.readValue(r.value6(), STRINGS)), r.value7().toInstant()));
	}

	@Override
	@Transactional(readOnly = true)
	public int count() {
		return this.dsl.fetchCount(SYNC_PROBLEM);
	}

}
