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

	// events per JDBC batch of the event insert: a bounded batch per round trip
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
		List<Map<Field<?>, @Nullable Object>> created = new ArrayList<>();
		List<Map<Field<?>, @Nullable Object>> updates = new ArrayList<>();
		for (CaseEventsStored.StoredCase append : appends) {
			int previousVersion = append.events().getFirst().sequence() - 1;
			if (previousVersion == 0) {
				created.add(insertedColumns(append.after(), receivedAt));
			}
			else {
				updates.add(updatedColumns(append.after(), previousVersion));
			}
		}
		executeInserts(created);
		for (int count : executeUpdates(updates)) {
			if (count == 0) {
				throw new OptimisticLockingFailureException("a case changed since the version its new events follow");
			}
		}
		// the sync feed writes its entries in this transaction
		this.events.publishEvent(new CaseEventsStored(appends));
	}

	// A pushed batch's projections as one prepared statement bound once per case (a JDBC
	// batch): jOOQ renders the SQL once and the database parses it once, where a batch
	// of separate statements rendered and parsed every case's SQL with its values
	// inlined.
	private void executeInserts(List<Map<Field<?>, @Nullable Object>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Query template = this.dsl.insertInto(CASES).set(rows.getFirst());
		bindEach(template, rows);
	}

	private int[] executeUpdates(List<Map<Field<?>, @Nullable Object>> rows) {
		if (rows.isEmpty()) {
			return new int[0];
		}
		Map<Field<?>, @Nullable Object> first = rows.getFirst();
		Map<Field<?>, Object> set = new LinkedHashMap<>();
		for (Map.Entry<Field<?>, @Nullable Object> column : first.entrySet()) {
			if (column.getKey() == CASES.DEPARTMENT || column.getKey() == CASES.TOWNSHIP_NODE) {
				// what cannot be told from this batch (no catalog yet, a village case not
				// yet handed on) stays as it was
				set.put(column.getKey(), coalesce(column.getKey(), column.getValue()));
			}
			else if (column.getKey() != PREVIOUS_VERSION && column.getKey() != CASES.ID) {
				set.put(column.getKey(), DSL.val(column.getValue(), column.getKey()));
			}
		}
		Query template = this.dsl.update(CASES)
			.set(set)
			.where(CASES.ID.eq(DSL.val((java.util.UUID) first.get(CASES.ID), CASES.ID))
				.and(CASES.VERSION.eq(DSL.val((Integer) first.get(PREVIOUS_VERSION), CASES.VERSION))));
		return bindEach(template, rows);
	}

	private static <T> Field<T> coalesce(Field<T> column, @Nullable Object value) {
		@SuppressWarnings("unchecked")
		T typed = (T) value;
		return DSL.coalesce(DSL.val(typed, column), column);
	}

	// the rows' values in the order of the template's bind values (the maps' order)
	private int[] bindEach(Query template, List<Map<Field<?>, @Nullable Object>> rows) {
		if (rows.size() == 1) {
			return new int[] { template.execute() };
		}
		var batch = this.dsl.batch(template);
		for (Map<Field<?>, @Nullable Object> row : rows) {
			batch = batch.bind(row.values().toArray());
		}
		return batch.execute();
	}

	// one prepared insert bound once per event (a JDBC batch): rendering a multi-row
	// insert of 1,000 events took jOOQ longer than the database took to store them
	private void insertEvents(List<CaseEvent> events, Map<EventId, String> json, OffsetDateTime receivedAt) {
		List<Object[]> rows = new ArrayList<>(events.size());
		for (CaseEvent event : events) {
			String text = json.get(event.id());
			rows.add(new Object[] { event.id().value(), event.caseId().value(), event.sequence(), event.type().name(),
					event.node().value(), event.actor().who().userId(), at(event.recordedAt()), event.schemaVersion(),
					(text != null) ? text : this.json.writeValueAsString(event), receivedAt });
		}
		Object[] first = rows.getFirst();
		Query template = this.dsl
			.insertInto(CASE_EVENT, CASE_EVENT.ID, CASE_EVENT.CASE_ID, CASE_EVENT.SEQUENCE, CASE_EVENT.EVENT_TYPE,
					CASE_EVENT.NODE_CODE, CASE_EVENT.ACTOR_ID, CASE_EVENT.RECORDED_AT, CASE_EVENT.SCHEMA_VERSION,
					CASE_EVENT.BODY, CASE_EVENT.RECEIVED_AT)
			.values((java.util.UUID) first[0], (java.util.UUID) first[1], (Integer) first[2], (String) first[3],
					(String) first[4], (String) first[5], (OffsetDateTime) first[6], (Integer) first[7],
					(String) first[8], (OffsetDateTime) first[9]);
		if (rows.size() == 1) {
			template.execute();
			return;
		}
		var batch = this.dsl.batch(template);
		for (Object[] row : rows) {
			batch = batch.bind(row);
		}
		batch.execute();
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

	// the bind order of the update: the changing columns, department, township, the id,
	// the version the new events follow
	private static final Field<Integer> PREVIOUS_VERSION = DSL.field(DSL.name("previous_version"), Integer.class);

	private Map<Field<?>, @Nullable Object> insertedColumns(Case after, OffsetDateTime receivedAt) {
		Case.Filing filing = after.filing();
		Map<Field<?>, @Nullable Object> columns = new LinkedHashMap<>();
		columns.put(CASES.ID, after.id().value());
		columns.put(CASES.QUERY_CODE, filing.queryCode().value());
		columns.put(CASES.FILED_NODE, filing.node().value());
		columns.put(CASES.ITEM_CODE, filing.item().code().value());
		columns.put(CASES.ITEM_NAME, filing.item().name());
		columns.put(CASES.CATALOG_VERSION, filing.item().catalogVersion());
		columns.put(CASES.APPLICANT_NAME, filing.applicant().name().value());
		columns.put(CASES.RESIDENT_ID, filing.applicant().residentId().value());
		columns.put(CASES.VILLAGE, filing.applicant().village());
		columns.put(CASES.FILED_BY, filing.by().userId());
		columns.put(CASES.FILED_AT, at(filing.at()));
		columns.put(CASES.PROMISED_LIMIT_DAYS, TimeLimitDates.promisedLimitDays(after));
		columns.put(CASES.HUB_RECEIVED_AT, receivedAt);
		columns.put(CASES.DEPARTMENT, department(after));
		columns.put(CASES.TOWNSHIP_NODE, township(after));
		columns.putAll(changing(after));
		return columns;
	}

	private Map<Field<?>, @Nullable Object> updatedColumns(Case after, int previousVersion) {
		Map<Field<?>, @Nullable Object> columns = new LinkedHashMap<>(changing(after));
		columns.put(CASES.DEPARTMENT, department(after));
		columns.put(CASES.TOWNSHIP_NODE, township(after));
		columns.put(CASES.ID, after.id().value());
		columns.put(PREVIOUS_VERSION, previousVersion);
		return columns;
	}

	/** The columns every new event may change. */
	private Map<Field<?>, @Nullable Object> changing(Case after) {
		TimeLimitDates limits = TimeLimitDates.of(after, this.timeLimitClock, ServiceTime.today(this.clock));
		Case.Acceptance acceptance = after.acceptance();
		Case.Decision decision = after.decision();
		Case.Rating rating = after.rating();
		Case.FollowUp followUp = after.followUp();
		Map<Field<?>, @Nullable Object> columns = new LinkedHashMap<>();
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
