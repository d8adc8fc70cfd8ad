package org.bianmin.hub.sync.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bianmin.hub.sync.NodeRegistration;
import org.bianmin.hub.sync.SyncNode;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.sync.NodeReport;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.hub.jooq.Tables.SYNC_NODE;
import static org.bianmin.hub.jooq.Tables.SYNC_NODE_STATUS;

@Repository
class JooqNodeRepository implements NodeRepository {

	private final DSLContext dsl;

	JooqNodeRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public List<SyncNode> findAll() {
		return select(DSL.noCondition());
	}

	@Override
	public Optional<SyncNode> find(NodeCode code) {
		return select(SYNC_NODE.CODE.eq(code.value())).stream().findFirst();
	}

	private List<SyncNode> select(Condition condition) {
		return this.dsl.select(SYNC_NODE.asterisk(), SYNC_NODE_STATUS.asterisk())
			.from(SYNC_NODE)
			.leftJoin(SYNC_NODE_STATUS)
			.on(SYNC_NODE_STATUS.NODE_CODE.eq(SYNC_NODE.CODE))
			.where(condition)
			.orderBy(SYNC_NODE.CODE)
			.fetch(JooqNodeRepository::node);
	}

	private static SyncNode node(Record r) {
		String parent = r.get(SYNC_NODE.PARENT_TOWNSHIP);
		OffsetDateTime reportedAt = r.get(SYNC_NODE_STATUS.REPORTED_AT);
		SyncNode.ReportedFigures report = (reportedAt == null) ? null
				: new SyncNode.ReportedFigures(reportedAt.toInstant(), r.get(SYNC_NODE_STATUS.REPORT_CURSOR),
						r.get(SYNC_NODE_STATUS.REPORT_OUTBOX_SEQ), r.get(SYNC_NODE_STATUS.REPORT_PENDING_EVENTS),
						r.get(SYNC_NODE_STATUS.REPORT_REJECTED_EVENTS),
						r.get(SYNC_NODE_STATUS.REPORT_PENDING_ATTACHMENTS),
						r.get(SYNC_NODE_STATUS.REPORT_CATALOG_VERSION));
		return new SyncNode(NodeCode.of(r.get(SYNC_NODE.CODE)), NodeLevel.valueOf(r.get(SYNC_NODE.NODE_LEVEL)),
				(parent == null) ? null : NodeCode.of(parent), r.get(SYNC_NODE.NAME), r.get(SYNC_NODE.ENABLED),
				r.get(SYNC_NODE.REGISTERED_AT).toInstant(), r.get(SYNC_NODE.SECRET_ROTATED_AT).toInstant(),
				r.get(SYNC_NODE.FEED_SEQ), r.get(SYNC_NODE.LAST_OUTBOX_SEQ),
				instant(r.get(SYNC_NODE_STATUS.LAST_CONTACT_AT)), r.get(SYNC_NODE_STATUS.CLOCK_SKEW_MS), report);
	}

	@Override
	public Optional<Credentials> credentials(NodeCode code) {
		return this.dsl.select(SYNC_NODE.ENABLED, SYNC_NODE.SECRET)
			.from(SYNC_NODE)
			.where(SYNC_NODE.CODE.eq(code.value()))
			.fetchOptional((r) -> new Credentials(r.value1(), r.value2()));
	}

	@Override
	public Set<NodeCode> registered(Collection<NodeCode> codes) {
		Set<NodeCode> registered = new HashSet<>();
		if (codes.isEmpty()) {
			return registered;
		}
		this.dsl.select(SYNC_NODE.CODE)
			.from(SYNC_NODE)
			.where(SYNC_NODE.CODE.in(codes.stream().map(NodeCode::value).toList()))
			.forEach((r) -> registered.add(NodeCode.of(r.value1())));
		return registered;
	}

	@Override
	public List<NodeCode> allCodes() {
		return this.dsl.select(SYNC_NODE.CODE)
			.from(SYNC_NODE)
			.orderBy(SYNC_NODE.CODE)
			.fetch((r) -> NodeCode.of(r.value1()));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(NodeRegistration registration, String secret, Instant at) {
		NodeCode parent = registration.parentTownship();
		this.dsl.insertInto(SYNC_NODE)
			.set(SYNC_NODE.CODE, registration.code().value())
			.set(SYNC_NODE.NODE_LEVEL, registration.level().name())
			.set(SYNC_NODE.PARENT_TOWNSHIP, (parent == null) ? null : parent.value())
			.set(SYNC_NODE.NAME, registration.name())
			.set(SYNC_NODE.SECRET, secret)
			.set(SYNC_NODE.ENABLED, true)
			.set(SYNC_NODE.REGISTERED_AT, at(at))
			.set(SYNC_NODE.SECRET_ROTATED_AT, at(at))
			.set(SYNC_NODE.FEED_SEQ, 0L)
			.set(SYNC_NODE.LAST_OUTBOX_SEQ, 0L)
			.execute();
		this.dsl.insertInto(SYNC_NODE_STATUS).set(SYNC_NODE_STATUS.NODE_CODE, registration.code().value()).execute();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean rename(NodeCode code, String name) {
		return this.dsl.update(SYNC_NODE)
			.set(SYNC_NODE.NAME, name)
			.where(SYNC_NODE.CODE.eq(code.value()))
			.execute() == 1;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean setEnabled(NodeCode code, boolean enabled) {
		return this.dsl.update(SYNC_NODE)
			.set(SYNC_NODE.ENABLED, enabled)
			.where(SYNC_NODE.CODE.eq(code.value()))
			.execute() == 1;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean replaceSecret(NodeCode code, String secret, Instant at) {
		return this.dsl.update(SYNC_NODE)
			.set(SYNC_NODE.SECRET, secret)
			.set(SYNC_NODE.SECRET_ROTATED_AT, at(at))
			.where(SYNC_NODE.CODE.eq(code.value()))
			.execute() == 1;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordContact(NodeCode code, Instant at, long clockSkewMillis) {
		this.dsl.update(SYNC_NODE_STATUS)
			.set(SYNC_NODE_STATUS.LAST_CONTACT_AT, at(at))
			.set(SYNC_NODE_STATUS.CLOCK_SKEW_MS, clockSkewMillis)
			.where(SYNC_NODE_STATUS.NODE_CODE.eq(code.value()))
			.execute();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordReport(NodeReport report, Instant at) {
		this.dsl.update(SYNC_NODE_STATUS)
			.set(SYNC_NODE_STATUS.REPORTED_AT, at(at))
			.set(SYNC_NODE_STATUS.REPORT_CURSOR, report.cursor())
			.set(SYNC_NODE_STATUS.REPORT_OUTBOX_SEQ, report.outboxSeq())
			.set(SYNC_NODE_STATUS.REPORT_PENDING_EVENTS, report.pendingEvents())
			.set(SYNC_NODE_STATUS.REPORT_REJECTED_EVENTS, report.rejectedEvents())
			.set(SYNC_NODE_STATUS.REPORT_PENDING_ATTACHMENTS, report.pendingAttachments())
			.set(SYNC_NODE_STATUS.REPORT_CATALOG_VERSION, report.catalogVersion())
			.where(SYNC_NODE_STATUS.NODE_CODE.eq(report.node().value()))
			.execute();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void raiseLastOutboxSeq(NodeCode code, long seq) {
		this.dsl.update(SYNC_NODE)
			.set(SYNC_NODE.LAST_OUTBOX_SEQ, DSL.greatest(SYNC_NODE.LAST_OUTBOX_SEQ, DSL.val(seq)))
			.where(SYNC_NODE.CODE.eq(code.value()))
			.execute();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
		return (at == null) ? null : at.toInstant();
	}

}
