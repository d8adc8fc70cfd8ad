package org.bianmin.node.sync.persistence;

import java.time.ZoneOffset;
import java.util.List;

import org.bianmin.model.cases.CaseEvent;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.node.jooq.Tables.OUTBOX;

@Repository
class JooqOutboxRepository implements OutboxRepository {

	private final DSLContext dsl;

	JooqOutboxRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(List<CaseEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		var insert = this.dsl.insertInto(OUTBOX, OUTBOX.EVENT_ID, OUTBOX.CASE_ID, OUTBOX.CREATED_AT, OUTBOX.STATE);
		for (CaseEvent event : events) {
			insert = insert.values(event.id().value(), event.caseId().value(),
					event.recordedAt().atOffset(ZoneOffset.UTC), OutboxState.PENDING.name());
		}
		insert.execute();
	}

	@Override
	@Transactional(readOnly = true)
	public List<OutboxEntry> inState(OutboxState state, int limit) {
		return this.dsl
			.select(OUTBOX.SEQ, OUTBOX.EVENT_ID, OUTBOX.CASE_ID, OUTBOX.CREATED_AT, OUTBOX.STATE, OUTBOX.LAST_ERROR)
			.from(OUTBOX)
			.where(OUTBOX.STATE.eq(state.name()))
			.orderBy(OUTBOX.SEQ)
			.limit(limit)
			.fetch((r) -> new OutboxEntry(r.value1(), r.value2(), r.value3(), r.value4().toInstant(),
					OutboxState.valueOf(r.value5()), r.value6()));
	}

	@Override
	@Transactional(readOnly = true)
	public int count(OutboxState state) {
		return this.dsl.fetchCount(OUTBOX, OUTBOX.STATE.eq(state.name()));
	}

}
