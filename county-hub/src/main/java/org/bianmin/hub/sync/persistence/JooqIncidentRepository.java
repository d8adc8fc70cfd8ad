package org.bianmin.hub.sync.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bianmin.hub.sync.IncidentFilter;
import org.bianmin.hub.sync.SyncIncident;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.AckStatus;
import org.bianmin.model.sync.FeedEntry;
import org.bianmin.model.sync.ResolutionChoice;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.bianmin.hub.jooq.Tables.SYNC_INCIDENT;

@Repository
class JooqIncidentRepository implements IncidentRepository {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final JsonMapper json;

	JooqIncidentRepository(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	@Override
	public List<SyncIncident> findByEventIds(Collection<EventId> eventIds) {
		if (eventIds.isEmpty()) {
			return List.of();
		}
		return select(SYNC_INCIDENT.EVENT_ID.in(eventIds.stream().map(EventId::value).toList()), 0, Integer.MAX_VALUE);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(SyncIncident incident, String contentSha256) {
		CaseId caseId = incident.caseId();
		this.dsl.insertInto(SYNC_INCIDENT)
			.set(SYNC_INCIDENT.ID, incident.id())
			.set(SYNC_INCIDENT.EVENT_ID, incident.eventId().value())
			.set(SYNC_INCIDENT.CONTENT_SHA256, contentSha256)
			.set(SYNC_INCIDENT.NODE_CODE, incident.node().value())
			.set(SYNC_INCIDENT.CASE_ID, (caseId == null) ? null : caseId.value())
			.set(SYNC_INCIDENT.SEQUENCE, incident.sequence())
			.set(SYNC_INCIDENT.STATUS, incident.status().name())
			.set(SYNC_INCIDENT.REASON_KEY, incident.reason().key())
			.set(SYNC_INCIDENT.REASON_ARGS, this.json.writeValueAsString(incident.reason().args()))
			.set(SYNC_INCIDENT.CONTENT, incident.content())
			.set(SYNC_INCIDENT.FIRST_RECEIVED_AT, at(incident.firstReceivedAt()))
			.set(SYNC_INCIDENT.LAST_RECEIVED_AT, at(incident.lastReceivedAt()))
			.set(SYNC_INCIDENT.TIMES_RECEIVED, incident.timesReceived())
			.execute();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void receivedAgain(UUID id, AckStatus status, RuleViolation reason, Instant at) {
		this.dsl.update(SYNC_INCIDENT)
			.set(SYNC_INCIDENT.STATUS, status.name())
			.set(SYNC_INCIDENT.REASON_KEY, reason.key())
			.set(SYNC_INCIDENT.REASON_ARGS, this.json.writeValueAsString(reason.args()))
			.set(SYNC_INCIDENT.LAST_RECEIVED_AT, at(at))
			.set(SYNC_INCIDENT.TIMES_RECEIVED, SYNC_INCIDENT.TIMES_RECEIVED.plus(1))
			.where(SYNC_INCIDENT.ID.eq(id))
			.execute();
	}

	@Override
	public List<SyncIncident> page(int offset, int limit, boolean unresolvedOnly) {
		return select(unresolvedOnly ? SYNC_INCIDENT.RESOLVED_AT.isNull() : DSL.noCondition(), offset, limit);
	}

	@Override
	public long count(boolean unresolvedOnly) {
		return this.dsl.fetchCount(SYNC_INCIDENT,
				unresolvedOnly ? SYNC_INCIDENT.RESOLVED_AT.isNull() : DSL.noCondition());
	}

	@Override
	public List<SyncIncident> page(IncidentFilter filter, int offset, int limit) {
		return select(condition(filter), offset, limit);
	}

	@Override
	public long count(IncidentFilter filter) {
		return this.dsl.fetchCount(SYNC_INCIDENT, condition(filter));
	}

	@Override
	public Map<NodeCode, Map<AckStatus, Long>> openCountsByNode() {
		Map<NodeCode, Map<AckStatus, Long>> counts = new HashMap<>();
		this.dsl.select(SYNC_INCIDENT.NODE_CODE, SYNC_INCIDENT.STATUS, DSL.count())
			.from(SYNC_INCIDENT)
			.where(SYNC_INCIDENT.RESOLVED_AT.isNull())
			.groupBy(SYNC_INCIDENT.NODE_CODE, SYNC_INCIDENT.STATUS)
			.forEach((r) -> counts.computeIfAbsent(NodeCode.of(r.value1()), (node) -> new EnumMap<>(AckStatus.class))
				.put(AckStatus.valueOf(r.value2()), r.value3().longValue()));
		return counts;
	}

	private static Condition condition(IncidentFilter filter) {
		Condition condition = filter.unresolvedOnly() ? SYNC_INCIDENT.RESOLVED_AT.isNull() : DSL.noCondition();
		if (filter.node() != null) {
			condition = condition.and(SYNC_INCIDENT.NODE_CODE.eq(filter.node().value()));
		}
		if (filter.status() != null) {
			condition = condition.and(SYNC_INCIDENT.STATUS.eq(filter.status().name()));
		}
		return condition;
	}

	@Override
	public Optional<SyncIncident> find(UUID id) {
		return select(SYNC_INCIDENT.ID.eq(id), 0, 1).stream().findFirst();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean resolve(UUID id, String by, String resolution, Instant at) {
		return this.dsl.update(SYNC_INCIDENT)
			.set(SYNC_INCIDENT.RESOLVED_AT, at(at))
			.set(SYNC_INCIDENT.RESOLVED_BY, by)
			.set(SYNC_INCIDENT.RESOLUTION, resolution)
			.where(SYNC_INCIDENT.ID.eq(id).and(SYNC_INCIDENT.RESOLVED_AT.isNull()))
			.execute() == 1;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean resolve(UUID id, Resolution resolution) {
		EventId acceptedAs = resolution.acceptedAs();
		return this.dsl.update(SYNC_INCIDENT)
			.set(SYNC_INCIDENT.RESOLVED_AT, at(resolution.at()))
			.set(SYNC_INCIDENT.RESOLVED_BY, resolution.by().userId())
			.set(SYNC_INCIDENT.RESOLVED_BY_NAME, resolution.by().name())
			.set(SYNC_INCIDENT.RESOLUTION, resolution.reason())
			.set(SYNC_INCIDENT.RESOLUTION_CHOICE, resolution.choice().name())
			.set(SYNC_INCIDENT.ACCEPTED_AS, (acceptedAs == null) ? null : acceptedAs.value())
			.where(SYNC_INCIDENT.ID.eq(id).and(SYNC_INCIDENT.RESOLVED_AT.isNull()))
			.execute() == 1;
	}

	@Override
	public Optional<FeedEntry.IncidentResolved> resolution(UUID id) {
		return find(id).filter((incident) -> incident.choice() != null && incident.resolvedAt() != null)
			.map((incident) -> new FeedEntry.IncidentResolved(incident.eventId(),
					java.util.Objects.requireNonNull(incident.choice()),
					java.util.Objects.requireNonNull(incident.resolution()),
					new StaffRef(java.util.Objects.requireNonNull(incident.resolvedBy()),
							java.util.Objects.requireNonNullElse(incident.resolvedByName(), incident.resolvedBy())),
					java.util.Objects.requireNonNull(incident.resolvedAt()), incident.acceptedAs()));
	}

	private List<SyncIncident> select(Condition condition, int offset, int limit) {
		return this.dsl.select(SYNC_INCIDENT.asterisk())
			.from(SYNC_INCIDENT)
			.where(condition)
			.orderBy(SYNC_INCIDENT.LAST_RECEIVED_AT.desc(), SYNC_INCIDENT.ID)
			.offset(offset)
			.limit(limit)
			.fetch(this::incident);
	}

	private SyncIncident incident(Record r) {
		UUID caseId = r.get(SYNC_INCIDENT.CASE_ID);
		OffsetDateTime resolvedAt = r.get(SYNC_INCIDENT.RESOLVED_AT);
		String choice = r.get(SYNC_INCIDENT.RESOLUTION_CHOICE);
		UUID acceptedAs = r.get(SYNC_INCIDENT.ACCEPTED_AS);
		return new SyncIncident(r.get(SYNC_INCIDENT.ID), EventId.of(r.get(SYNC_INCIDENT.EVENT_ID)),
				NodeCode.of(r.get(SYNC_INCIDENT.NODE_CODE)), (caseId == null) ? null : CaseId.of(caseId),
				r.get(SYNC_INCIDENT.SEQUENCE), AckStatus.valueOf(r.get(SYNC_INCIDENT.STATUS)),
				new RuleViolation(r.get(SYNC_INCIDENT.REASON_KEY),
						this.json.readValue(r.get(SYNC_INCIDENT.REASON_ARGS), STRINGS)),
				r.get(SYNC_INCIDENT.CONTENT), r.get(SYNC_INCIDENT.FIRST_RECEIVED_AT).toInstant(),
				r.get(SYNC_INCIDENT.LAST_RECEIVED_AT).toInstant(), r.get(SYNC_INCIDENT.TIMES_RECEIVED),
				(resolvedAt == null) ? null : resolvedAt.toInstant(), r.get(SYNC_INCIDENT.RESOLVED_BY),
				r.get(SYNC_INCIDENT.RESOLUTION), (choice == null) ? null : ResolutionChoice.valueOf(choice),
				r.get(SYNC_INCIDENT.RESOLVED_BY_NAME), (acceptedAs == null) ? null : EventId.of(acceptedAs));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
