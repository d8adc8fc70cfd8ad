package org.bianmin.node.casework.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.TimeLimitClock;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.EventId;
import org.jooq.DSLContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import static org.bianmin.node.jooq.Tables.CASES;
import static org.bianmin.node.jooq.Tables.CASE_EVENT;

@Repository
class JooqCaseRepository implements CaseRepository {

	private final DSLContext dsl;

	private final JsonMapper json;

	private final TimeLimitClock timeLimitClock;

	private final Clock clock;

	JooqCaseRepository(DSLContext dsl, JsonMapper json, TimeLimitClock timeLimitClock, Clock clock) {
		this.dsl = dsl;
		this.json = json;
		this.timeLimitClock = timeLimitClock;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(Case after, List<CaseEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		var insert = this.dsl.insertInto(CASE_EVENT, CASE_EVENT.ID, CASE_EVENT.CASE_ID, CASE_EVENT.SEQUENCE,
				CASE_EVENT.EVENT_TYPE, CASE_EVENT.NODE_CODE, CASE_EVENT.ACTOR_ID, CASE_EVENT.RECORDED_AT,
				CASE_EVENT.SCHEMA_VERSION, CASE_EVENT.BODY);
		for (CaseEvent event : events) {
			insert = insert.values(event.id().value(), event.caseId().value(), event.sequence(), event.type().name(),
					event.node().value(), event.actor().who().userId(), at(event.recordedAt()), event.schemaVersion(),
					this.json.writeValueAsString(event));
		}
		insert.execute();
		int previousVersion = events.getFirst().sequence() - 1;
		if (previousVersion == 0) {
			insertProjection(after);
		}
		else {
			updateProjection(after, previousVersion);
		}
	}

	private void insertProjection(Case after) {
		Case.Filing filing = after.filing();
		TimeLimitDates limits = timeLimits(after);
		this.dsl.insertInto(CASES)
			.set(CASES.ID, after.id().value())
			.set(CASES.VERSION, after.version())
			.set(CASES.QUERY_CODE, filing.queryCode().value())
			.set(CASES.STATUS, after.status().name())
			.set(CASES.OWNER_NODE, after.owner().value())
			.set(CASES.FILED_NODE, filing.node().value())
			.set(CASES.ITEM_CODE, filing.item().code().value())
			.set(CASES.ITEM_NAME, filing.item().name())
			.set(CASES.CATALOG_VERSION, filing.item().catalogVersion())
			.set(CASES.APPLICANT_NAME, filing.applicant().name().value())
			.set(CASES.RESIDENT_ID, filing.applicant().residentId().value())
			.set(CASES.VILLAGE, filing.applicant().village())
			.set(CASES.CHANNEL, after.channel().name())
			.set(CASES.FILED_BY, filing.by().userId())
			.set(CASES.FILED_AT, at(filing.at()))
			.set(CASES.ACCEPTED_AT, (after.acceptance() != null) ? at(after.acceptance().at()) : null)
			.set(CASES.LAST_CHANGED_AT, at(after.lastChangedAt()))
			.set(CASES.PROMISED_DUE, limits.promisedDue())
			.set(CASES.PROMISED_YELLOW_FROM, limits.promisedYellowFrom())
			.set(CASES.LEGAL_DUE, limits.legalDue())
			.set(CASES.LEGAL_YELLOW_FROM, limits.legalYellowFrom())
			.set(CASES.CLOCK_STOPPED_ON, limits.stoppedOn())
			.set(CASES.CLOCK_PAUSED, limits.paused())
			.execute();
	}

	private void updateProjection(Case after, int previousVersion) {
		TimeLimitDates limits = timeLimits(after);
		int updated = this.dsl.update(CASES)
			.set(CASES.VERSION, after.version())
			.set(CASES.STATUS, after.status().name())
			.set(CASES.OWNER_NODE, after.owner().value())
			.set(CASES.CHANNEL, after.channel().name())
			.set(CASES.ACCEPTED_AT, (after.acceptance() != null) ? at(after.acceptance().at()) : null)
			.set(CASES.LAST_CHANGED_AT, at(after.lastChangedAt()))
			.set(CASES.PROMISED_DUE, limits.promisedDue())
			.set(CASES.PROMISED_YELLOW_FROM, limits.promisedYellowFrom())
			.set(CASES.LEGAL_DUE, limits.legalDue())
			.set(CASES.LEGAL_YELLOW_FROM, limits.legalYellowFrom())
			.set(CASES.CLOCK_STOPPED_ON, limits.stoppedOn())
			.set(CASES.CLOCK_PAUSED, limits.paused())
			.where(CASES.ID.eq(after.id().value()).and(CASES.VERSION.eq(previousVersion)))
			.execute();
		if (updated != 1) {
			throw new OptimisticLockingFailureException(
					"case " + after.id() + " changed since version " + previousVersion);
		}
	}

	private TimeLimitDates timeLimits(Case after) {
		return TimeLimitDates.of(after, this.timeLimitClock, ServiceTime.today(this.clock));
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseEvent> events(CaseId id) {
		return this.dsl.select(CASE_EVENT.BODY)
			.from(CASE_EVENT)
			.where(CASE_EVENT.CASE_ID.eq(id.value()))
			.orderBy(CASE_EVENT.SEQUENCE)
			.fetch((r) -> this.json.readValue(r.value1(), CaseEvent.class));
	}

	@Override
	@Transactional(readOnly = true)
	public List<CaseEvent> eventsById(Collection<EventId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.dsl.select(CASE_EVENT.BODY)
			.from(CASE_EVENT)
			.where(CASE_EVENT.ID.in(ids.stream().map(EventId::value).toList()))
			.fetch((r) -> this.json.readValue(r.value1(), CaseEvent.class));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Case> find(CaseId id) {
		List<CaseEvent> events = events(id);
		return events.isEmpty() ? Optional.empty() : Optional.of(Case.replay(events));
	}

	@Override
	@Transactional(readOnly = true)
	public long count() {
		return this.dsl.fetchCount(CASES);
	}

	private static OffsetDateTime at(java.time.Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
