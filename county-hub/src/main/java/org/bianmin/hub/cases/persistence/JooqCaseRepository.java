package org.bianmin.hub.cases.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bianmin.hub.cases.CaseEventsStored;
import org.bianmin.hub.cases.StoredEvent;
import org.bianmin.hub.cases.StoredEventJson;
import org.bianmin.hub.catalog.CatalogService;
import org.bianmin.hub.identity.HubIdentity;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.TimeLimitClock;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.ItemTerms;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
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

	private final Clock clock;

	private final TimeLimitClock timeLimitClock;

	private final CatalogService catalog;

	private final NodeCode hub;

	private final ApplicationEventPublisher events;

	// rows per insert statement: 10 columns each stays far below PostgreSQL's 65,535 bind
	// values
	private static final int INSERT_ROWS = 1000;

	JooqCaseRepository(DSLContext dsl, JsonMapper json, Clock clock, TimeLimitClock timeLimitClock,
			CatalogService catalog, HubIdentity hub, ApplicationEventPublisher events) {
		this.dsl = dsl;
		this.json = json;
		this.clock = clock;
		this.timeLimitClock = timeLimitClock;
		this.catalog = catalog;
		this.hub = hub.code();
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
		List<Query> created = new ArrayList<>();
		List<Query> updates = new ArrayList<>();
		for (CaseEventsStored.StoredCase append : appends) {
			int previousVersion = append.events().getFirst().sequence() - 1;
			if (previousVersion == 0) {
				created.add(insertProjection(append.after(), receivedAt));
			}
			else {
				updates.add(updateProjection(append.after(), previousVersion));
			}
		}
		execute(created);
		int[] counts = execute(updates);
		for (int count : counts) {
			if (count == 0) {
				throw new OptimisticLockingFailureException("a case changed since the version its new events follow");
			}
		}
		// the sync feed writes its entries in this transaction
		this.events.publishEvent(new CaseEventsStored(appends));
	}

	// one round trip for a pushed batch's projections
	private int[] execute(List<Query> queries) {
		if (queries.isEmpty()) {
			return new int[0];
		}
		if (queries.size() == 1) {
			return new int[] { queries.getFirst().execute() };
		}
		return this.dsl.batch(queries).execute();
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

	private Query insertProjection(Case after, OffsetDateTime receivedAt) {
		Case.Filing filing = after.filing();
		return this.dsl.insertInto(CASES)
			.set(CASES.ID, after.id().value())
			.set(CASES.QUERY_CODE, filing.queryCode().value())
			.set(CASES.FILED_NODE, filing.node().value())
			.set(CASES.ITEM_CODE, filing.item().code().value())
			.set(CASES.ITEM_NAME, filing.item().name())
			.set(CASES.CATALOG_VERSION, filing.item().catalogVersion())
			.set(CASES.APPLICANT_NAME, filing.applicant().name().value())
			.set(CASES.RESIDENT_ID, filing.applicant().residentId().value())
			.set(CASES.VILLAGE, filing.applicant().village())
			.set(CASES.FILED_BY, filing.by().userId())
			.set(CASES.FILED_AT, at(filing.at()))
			.set(CASES.PROMISED_LIMIT_DAYS, TimeLimitDates.promisedLimitDays(after))
			.set(CASES.HUB_RECEIVED_AT, receivedAt)
			.set(CASES.DEPARTMENT, department(after))
			.set(CASES.TOWNSHIP_NODE, township(after))
			.set(changing(after));
	}

	private Query updateProjection(Case after, int previousVersion) {
		String department = department(after);
		String township = township(after);
		return this.dsl.update(CASES)
			.set(changing(after))
			// what cannot be told from this batch (no catalog yet, a village case not yet
			// handed on) stays as it was
			.set(CASES.DEPARTMENT, (department != null) ? DSL.val(department) : CASES.DEPARTMENT)
			.set(CASES.TOWNSHIP_NODE, (township != null) ? DSL.val(township) : CASES.TOWNSHIP_NODE)
			.where(CASES.ID.eq(after.id().value()).and(CASES.VERSION.eq(previousVersion)));
	}

	/** The columns every new event may change. */
	private Map<Field<?>, Object> changing(Case after) {
		TimeLimitDates limits = TimeLimitDates.of(after, this.timeLimitClock, ServiceTime.today(this.clock));
		Case.Acceptance acceptance = after.acceptance();
		Case.Decision decision = after.decision();
		Case.Rating rating = after.rating();
		Case.FollowUp followUp = after.followUp();
		Map<Field<?>, Object> columns = new LinkedHashMap<>();
		columns.put(CASES.VERSION, after.version());
		columns.put(CASES.STATUS, after.status().name());
		columns.put(CASES.OWNER_NODE, after.owner().value());
		columns.put(CASES.CHANNEL, after.channel().name());
		columns.put(CASES.LAST_CHANGED_AT, at(after.lastChangedAt()));
		columns.put(CASES.ACCEPTED_AT, (acceptance != null) ? at(acceptance.at()) : null);
		columns.put(CASES.ACCEPTED_BY, (acceptance != null) ? acceptance.by().userId() : null);
		columns.put(CASES.ACCEPTED_BY_NAME, (acceptance != null) ? acceptance.by().name() : null);
		columns.put(CASES.ACCEPTED_NODE, (acceptance != null) ? acceptance.node().value() : null);
		columns.put(CASES.PROMISED_DUE, limits.promisedDue());
		columns.put(CASES.PROMISED_YELLOW_FROM, limits.promisedYellowFrom());
		columns.put(CASES.LEGAL_DUE, limits.legalDue());
		columns.put(CASES.LEGAL_YELLOW_FROM, limits.legalYellowFrom());
		columns.put(CASES.CLOCK_STOPPED_ON, limits.stoppedOn());
		columns.put(CASES.CLOCK_PAUSED, limits.paused());
		columns.put(CASES.HANDLING_DAYS, limits.handlingDays());
		columns.put(CASES.DECIDED_AT, (decision != null) ? at(decision.at()) : null);
		columns.put(CASES.DECISION_OUTCOME, (decision != null) ? decision.outcome().name() : null);
		columns.put(CASES.DELIVERED_AT, (after.delivery() != null) ? at(after.delivery().at()) : null);
		columns.put(CASES.RATING_LEVEL, (rating != null) ? rating.level().name() : null);
		columns.put(CASES.RATED_AT, (rating != null) ? at(rating.at()) : null);
		columns.put(CASES.RATED_ON, (rating != null) ? ServiceTime.dayOf(rating.at()) : null);
		columns.put(CASES.FOLLOW_UP_DUE, (followUp != null) ? followUp.dueDate() : null);
		columns.put(CASES.FOLLOW_UP_CLOSED_AT,
				(followUp != null && followUp.closedAt() != null) ? at(followUp.closedAt()) : null);
		return columns;
	}

	/** The department that decides the case's item, as the catalog says. */
	private @Nullable String department(Case after) {
		ItemTerms item = after.item();
		return this.catalog.item(item.code(), item.catalogVersion()).map(ServiceItem::department).orElse(null);
	}

	/**
	 * The township that accepts the case: the filing township; for a village's case the
	 * township it was handed to (its owner after submission) or that accepted it.
	 */
	private @Nullable String township(Case after) {
		Case.Filing filing = after.filing();
		if (filing.level() == NodeLevel.TOWNSHIP) {
			return filing.node().value();
		}
		if (after.acceptance() != null) {
			return after.acceptance().node().value();
		}
		NodeCode owner = after.owner();
		if (!owner.equals(filing.node()) && !owner.equals(this.hub)) {
			return owner.value();
		}
		return null;
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
	public List<StoredEvent> history(CaseId id) {
		return this.dsl.select(CASE_EVENT.BODY, CASE_EVENT.RECEIVED_AT)
			.from(CASE_EVENT)
			.where(CASE_EVENT.CASE_ID.eq(id.value()))
			.orderBy(CASE_EVENT.SEQUENCE)
			.fetch((r) -> new StoredEvent(this.json.readValue(r.value1(), CaseEvent.class), r.value2().toInstant()));
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
