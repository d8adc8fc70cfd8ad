package org.bianmin.hub.cases.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bianmin.hub.cases.CaseEventsStored;
import org.bianmin.hub.cases.StoredEventJson;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.node.NodeCode;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import static org.bianmin.hub.jooq.Tables.CASES;
import static org.bianmin.hub.jooq.Tables.CASE_EVENT;

@Repository
class JooqCaseRepository implements CaseRepository {

	private final DSLContext dsl;

	private final JsonMapper json;

	// rows per insert statement: 10 columns each stays far below PostgreSQL's 65,535 bind
	// values
	private static final int INSERT_ROWS = 1000;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	JooqCaseRepository(DSLContext dsl, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
		this.dsl = dsl;
		this.json = json;
		this.clock = clock;
		this.events = events;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(Case after, List<CaseEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		appendAll(List.of(new CaseEventsStored.StoredCase(after, events)));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void appendAll(List<CaseEventsStored.StoredCase> appends) {
		appendAll(appends, Map.of());
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void appendAll(List<CaseEventsStored.StoredCase> appends, Map<EventId, String> json) {
		if (appends.isEmpty()) {
			return;
		}
		OffsetDateTime receivedAt = at(this.clock.instant());
		// events first: a taken id or sequence fails here, before any projection is
		// touched
		List<CaseEvent> all = new ArrayList<>();
		appends.forEach((append) -> all.addAll(append.events()));
		for (int from = 0; from < all.size(); from += INSERT_ROWS) {
			insertEvents(all.subList(from, Math.min(all.size(), from + INSERT_ROWS)), json, receivedAt);
		}
		List<Case> created = new ArrayList<>();
		List<Query> updates = new ArrayList<>();
		for (CaseEventsStored.StoredCase append : appends) {
			int previousVersion = append.events().getFirst().sequence() - 1;
			if (previousVersion == 0) {
				created.add(append.after());
			}
			else {
				updates.add(updateProjection(append.after(), previousVersion));
			}
		}
		if (!created.isEmpty()) {
			insertProjections(created);
		}
		if (!updates.isEmpty()) {
			int[] counts = (updates.size() == 1) ? new int[] { updates.getFirst().execute() }
					: this.dsl.batch(updates).execute();
			for (int i = 0; i < counts.length; i++) {
				// a driver may answer "success, count unknown" (-2) for a batch; both
				// databases here report counts
				if (counts[i] == 0) {
					throw new OptimisticLockingFailureException(
							"a case changed since the version its new events follow");
				}
			}
		}
		this.events.publishEvent(new CaseEventsStored(appends));
	}

	private void insertEvents(List<CaseEvent> events, Map<EventId, String> json, OffsetDateTime receivedAt) {
		var insert = this.dsl.insertInto(CASE_EVENT, CASE_EVENT.ID, CASE_EVENT.CASE_ID, CASE_EVENT.SEQUENCE,
				CASE_EVENT.EVENT_TYPE, CASE_EVENT.NODE_CODE, CASE_EVENT.ACTOR_ID, CASE_EVENT.RECORDED_AT,
				CASE_EVENT.SCHEMA_VERSION, CASE_EVENT.BODY, CASE_EVENT.RECEIVED_AT);
		for (CaseEvent event : events) {
			String text = json.get(event.id());
			insert = insert.values(event.id().value(), event.caseId().value(), event.sequence(), event.type().name(),
					event.node().value(), event.actor().who().userId(), at(event.recordedAt()), event.schemaVersion(),
					(text != null) ? text : this.json.writeValueAsString(event), receivedAt);
		}
		insert.execute();
	}

	@Override
	public Map<EventId, String> storedJson(Collection<EventId> ids) {
		Map<EventId, String> stored = new HashMap<>();
		if (ids.isEmpty()) {
			return stored;
		}
		this.dsl.select(CASE_EVENT.ID, CASE_EVENT.BODY)
			.from(CASE_EVENT)
			.where(CASE_EVENT.ID.in(ids.stream().map(EventId::value).toList()))
			.forEach((r) -> stored.put(EventId.of(r.value1()), r.value2()));
		return stored;
	}

	@Override
	public Map<CaseId, List<CaseEvent>> eventsOf(Collection<CaseId> ids) {
		Map<CaseId, List<CaseEvent>> events = new HashMap<>();
		if (ids.isEmpty()) {
			return events;
		}
		this.dsl.select(CASE_EVENT.CASE_ID, CASE_EVENT.BODY)
			.from(CASE_EVENT)
			.where(CASE_EVENT.CASE_ID.in(ids.stream().map(CaseId::value).toList()))
			.orderBy(CASE_EVENT.CASE_ID, CASE_EVENT.SEQUENCE)
			.forEach((r) -> events.computeIfAbsent(CaseId.of(r.value1()), (id) -> new ArrayList<>())
				.add(this.json.readValue(r.value2(), CaseEvent.class)));
		return events;
	}

	@Override
	public Map<CaseId, List<StoredEventJson>> eventJsonOf(Collection<CaseId> ids) {
		Map<CaseId, List<StoredEventJson>> events = new HashMap<>();
		if (ids.isEmpty()) {
			return events;
		}
		this.dsl.select(CASE_EVENT.CASE_ID, CASE_EVENT.SEQUENCE, CASE_EVENT.NODE_CODE, CASE_EVENT.BODY)
			.from(CASE_EVENT)
			.where(CASE_EVENT.CASE_ID.in(ids.stream().map(CaseId::value).toList()))
			.orderBy(CASE_EVENT.CASE_ID, CASE_EVENT.SEQUENCE)
			.forEach((r) -> {
				CaseId caseId = CaseId.of(r.value1());
				events.computeIfAbsent(caseId, (id) -> new ArrayList<>())
					.add(new StoredEventJson(caseId, r.value2(), NodeCode.of(r.value3()), r.value4()));
			});
		return events;
	}

	private void insertProjections(List<Case> created) {
		var insert = this.dsl.insertInto(CASES, CASES.ID, CASES.VERSION, CASES.QUERY_CODE, CASES.STATUS,
				CASES.OWNER_NODE, CASES.FILED_NODE, CASES.ITEM_CODE, CASES.ITEM_NAME, CASES.CATALOG_VERSION,
				CASES.APPLICANT_NAME, CASES.RESIDENT_ID, CASES.VILLAGE, CASES.CHANNEL, CASES.FILED_BY, CASES.FILED_AT,
				CASES.ACCEPTED_AT, CASES.LAST_CHANGED_AT);
		for (Case after : created) {
			Case.Filing filing = after.filing();
			insert = insert.values(after.id().value(), after.version(), filing.queryCode().value(),
					after.status().name(), after.owner().value(), filing.node().value(), filing.item().code().value(),
					filing.item().name(), filing.item().catalogVersion(), filing.applicant().name().value(),
					filing.applicant().residentId().value(), filing.applicant().village(), after.channel().name(),
					filing.by().userId(), at(filing.at()),
					(after.acceptance() != null) ? at(after.acceptance().at()) : null, at(after.lastChangedAt()));
		}
		insert.execute();
	}

	private Query updateProjection(Case after, int previousVersion) {
		return this.dsl.update(CASES)
			.set(CASES.VERSION, after.version())
			.set(CASES.STATUS, after.status().name())
			.set(CASES.OWNER_NODE, after.owner().value())
			.set(CASES.CHANNEL, after.channel().name())
			.set(CASES.ACCEPTED_AT, (after.acceptance() != null) ? at(after.acceptance().at()) : null)
			.set(CASES.LAST_CHANGED_AT, at(after.lastChangedAt()))
			.where(CASES.ID.eq(after.id().value()).and(CASES.VERSION.eq(previousVersion)));
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
