package org.bianmin.hub.audit.persistence;

import java.time.ZoneOffset;
import java.util.List;

import org.bianmin.hub.audit.AuditAction;
import org.bianmin.hub.audit.AuditEntry;
import org.bianmin.model.cases.StaffRef;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.hub.jooq.Tables.AUDIT_ENTRY;

@Repository
class JooqAuditRepository implements AuditRepository {

	private final DSLContext dsl;

	JooqAuditRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(AuditEntry entry) {
		this.dsl.insertInto(AUDIT_ENTRY)
			.set(AUDIT_ENTRY.ID, entry.id())
			.set(AUDIT_ENTRY.AT, entry.at().atOffset(ZoneOffset.UTC))
			.set(AUDIT_ENTRY.ACTOR_ID, entry.who().userId())
			.set(AUDIT_ENTRY.ACTOR_NAME, entry.who().name())
			.set(AUDIT_ENTRY.ACTION, entry.action().name())
			.set(AUDIT_ENTRY.TARGET, entry.target())
			.set(AUDIT_ENTRY.DETAILS, entry.details())
			.execute();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> newestFirst(int offset, int limit) {
		return this.dsl
			.select(AUDIT_ENTRY.ID, AUDIT_ENTRY.AT, AUDIT_ENTRY.ACTOR_ID, AUDIT_ENTRY.ACTOR_NAME, AUDIT_ENTRY.ACTION,
					AUDIT_ENTRY.TARGET, AUDIT_ENTRY.DETAILS)
			.from(AUDIT_ENTRY)
			.orderBy(AUDIT_ENTRY.AT.desc(), AUDIT_ENTRY.ID.desc())
			.offset(offset)
			.limit(limit)
			.fetch((r) -> new AuditEntry(r.value1(), r.value2().toInstant(), new StaffRef(r.value3(), r.value4()),
					AuditAction.valueOf(r.value5()), r.value6(), r.value7()));
	}

	@Override
	@Transactional(readOnly = true)
	public int count() {
		return this.dsl.fetchCount(AUDIT_ENTRY);
	}

}
