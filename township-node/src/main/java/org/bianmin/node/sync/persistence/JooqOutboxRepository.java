package org.bianmin.node.sync.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.sync.AckStatus;
import org.bianmin.model.sync.FeedEntry;
import org.bianmin.model.sync.ResolutionChoice;
import org.bianmin.node.sync.ResolvedEvent;
import org.bianmin.node.sync.RejectedEvent;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.bianmin.node.jooq.Tables.OUTBOX;

@Repository
class JooqOutboxRepository implements OutboxRepository {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final JsonMapper json;

	JooqOutboxRepository(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(List<CaseEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		var insert = this.dsl.insertInto(OUTBOX, OUTBOX.EVENT_ID, OUTBOX.CASE_ID, OUTBOX.CREATED_AT, OUTBOX.STATE);
		for (CaseEvent event : events) {
			insert = insert.values(event.id().value(), event.caseId().value(), at(event.recordedAt()),
					OutboxState.PENDING.name());
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
			// ordered like ix_outbox_state_seq (the state is fixed, so this is outbox
			// order): H2 then walks the index and stops at the limit; "order by seq"
			// alone
			// made it read and sort every row in the state, each batch of a long push
			.orderBy(OUTBOX.STATE, OUTBOX.SEQ)
			.limit(limit)
			.fetch((r) -> new OutboxEntry(r.value1(), r.value2(), r.value3(), r.value4().toInstant(),
					OutboxState.valueOf(r.value5()), r.value6()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<OutboxEntry> inStateAfter(OutboxState state, long afterSeq, int limit) {
		return this.dsl
			.select(OUTBOX.SEQ, OUTBOX.EVENT_ID, OUTBOX.CASE_ID, OUTBOX.CREATED_AT, OUTBOX.STATE, OUTBOX.LAST_ERROR)
			.from(OUTBOX)
			.where(OUTBOX.STATE.eq(state.name()).and(OUTBOX.SEQ.gt(afterSeq)))
			// index-sorted, as in inState
			.orderBy(OUTBOX.STATE, OUTBOX.SEQ)
			.limit(limit)
			.fetch((r) -> new OutboxEntry(r.value1(), r.value2(), r.value3(), r.value4().toInstant(),
					OutboxState.valueOf(r.value5()), r.value6()));
	}

	@Override
	@Transactional(readOnly = true)
	public int count(OutboxState state) {
		return this.dsl.fetchCount(OUTBOX, OUTBOX.STATE.eq(state.name()));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void markSynced(Collection<Long> seqs, Instant at) {
		if (seqs.isEmpty()) {
			return;
		}
		// by position, the primary key: H2 did not use the event id index for a list of
		// bound UUIDs and compared every PENDING row with the whole list
		this.dsl.update(OUTBOX)
			.set(OUTBOX.STATE, OutboxState.SYNCED.name())
			.set(OUTBOX.ANSWERED_AT, at(at))
			.where(OUTBOX.SEQ.in(seqs).and(OUTBOX.STATE.eq(OutboxState.PENDING.name())))
			.execute();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void markRejected(UUID eventId, AckStatus status, RuleViolation reason, Instant at) {
		this.dsl.update(OUTBOX)
			.set(OUTBOX.STATE, OutboxState.REJECTED.name())
			.set(OUTBOX.ACK_STATUS, status.name())
			.set(OUTBOX.REASON_KEY, reason.key())
			.set(OUTBOX.REASON_ARGS, this.json.writeValueAsString(reason.args()))
			.set(OUTBOX.LAST_ERROR, truncate(status + " " + reason))
			.set(OUTBOX.ANSWERED_AT, at(at))
			.where(OUTBOX.EVENT_ID.eq(eventId).and(OUTBOX.STATE.eq(OutboxState.PENDING.name())))
			.execute();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean resend(UUID eventId, Instant at) {
		return this.dsl.update(OUTBOX)
			.set(OUTBOX.STATE, OutboxState.PENDING.name())
			.set(OUTBOX.RESENT_AT, at(at))
			.where(OUTBOX.EVENT_ID.eq(eventId).and(OUTBOX.STATE.eq(OutboxState.REJECTED.name())))
			.execute() == 1;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean markResolved(FeedEntry.IncidentResolved resolution) {
		EventId acceptedAs = resolution.acceptedAs();
		return this.dsl.update(OUTBOX)
			.set(OUTBOX.STATE, OutboxState.RESOLVED.name())
			.set(OUTBOX.RESOLUTION_CHOICE, resolution.choice().name())
			.set(OUTBOX.RESOLUTION_REASON, truncate(resolution.reason()))
			.set(OUTBOX.RESOLVED_BY, resolution.resolvedBy().name())
			.set(OUTBOX.RESOLVED_AT, at(resolution.resolvedAt()))
			.set(OUTBOX.ACCEPTED_AS, (acceptedAs == null) ? null : acceptedAs.value())
			.where(OUTBOX.EVENT_ID.eq(resolution.eventId().value())
				.and(OUTBOX.STATE.in(OutboxState.REJECTED.name(), OutboxState.PENDING.name())))
			.execute() == 1;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ResolvedEvent> resolved(int offset, int limit) {
		return this.dsl
			.select(OUTBOX.SEQ, OUTBOX.EVENT_ID, OUTBOX.CASE_ID, OUTBOX.ACK_STATUS, OUTBOX.RESOLUTION_CHOICE,
					OUTBOX.RESOLUTION_REASON, OUTBOX.RESOLVED_BY, OUTBOX.RESOLVED_AT)
			.from(OUTBOX)
			.where(OUTBOX.STATE.eq(OutboxState.RESOLVED.name()))
			.orderBy(OUTBOX.RESOLVED_AT.desc(), OUTBOX.SEQ)
			.offset(offset)
			.limit(limit)
			.fetch((r) -> new ResolvedEvent(r.value1(), r.value2(), r.value3(),
					(r.value4() == null) ? null : AckStatus.valueOf(r.value4()), ResolutionChoice.valueOf(r.value5()),
					r.value6(), r.value7(), r.value8().toInstant()));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public int requeueSynced() {
		return this.dsl.update(OUTBOX)
			.set(OUTBOX.STATE, OutboxState.PENDING.name())
			.where(OUTBOX.STATE.eq(OutboxState.SYNCED.name()))
			.execute();
	}

	@Override
	@Transactional(readOnly = true)
	public long maxSeq() {
		Long max = this.dsl.select(DSL.max(OUTBOX.SEQ)).from(OUTBOX).fetchOne(0, Long.class);
		return (max != null) ? max : 0;
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void restartSeqAt(long next) {
		// a number, never text from outside: no injection through this concatenation
		this.dsl.execute("alter table outbox alter column seq restart with " + Math.max(1, next));
	}

	@Override
	@Transactional(readOnly = true)
	public List<RejectedEvent> rejected(int offset, int limit) {
		return this.dsl
			.select(OUTBOX.SEQ, OUTBOX.EVENT_ID, OUTBOX.CASE_ID, OUTBOX.ACK_STATUS, OUTBOX.REASON_KEY,
					OUTBOX.REASON_ARGS, OUTBOX.ANSWERED_AT)
			.from(OUTBOX)
			.where(OUTBOX.STATE.eq(OutboxState.REJECTED.name()))
			.orderBy(OUTBOX.SEQ)
			.offset(offset)
			.limit(limit)
			.fetch((r) -> new RejectedEvent(r.value1(), r.value2(), r.value3(), AckStatus.valueOf(r.value4()),
					new RuleViolation(r.value5(), this.json.readValue(r.value6(), STRINGS)), r.value7().toInstant()));
	}

	private static String truncate(String text) {
		return (text.length() <= 500) ? text : text.substring(0, 500);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
