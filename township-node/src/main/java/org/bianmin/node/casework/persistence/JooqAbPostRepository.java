package org.bianmin.node.casework.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.bianmin.model.cases.StaffRef;
import org.bianmin.node.casework.AbPost;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.node.jooq.Tables.AB_POST;

@Repository
class JooqAbPostRepository implements AbPostRepository {

	private final DSLContext dsl;

	JooqAbPostRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void add(AbPost post, Instant createdAt) {
		this.dsl.insertInto(AB_POST)
			.set(AB_POST.ID, post.id())
			.set(AB_POST.CLERK_ID, post.clerk().userId())
			.set(AB_POST.CLERK_NAME, post.clerk().name())
			.set(AB_POST.BACKUP_ID, post.backup().userId())
			.set(AB_POST.BACKUP_NAME, post.backup().name())
			.set(AB_POST.ACTIVE_FROM, post.from())
			.set(AB_POST.ACTIVE_UNTIL, post.until())
			.set(AB_POST.CREATED_AT, createdAt.atOffset(ZoneOffset.UTC))
			.execute();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean end(UUID id, LocalDate until) {
		return this.dsl.update(AB_POST).set(AB_POST.ACTIVE_UNTIL, until).where(AB_POST.ID.eq(id)).execute() == 1;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AbPost> coveredBy(String backupId, LocalDate day) {
		return select(AB_POST.BACKUP_ID.eq(backupId).and(AB_POST.ACTIVE_FROM.le(day)).and(notEndedBefore(day)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<AbPost> namedBy(String clerkId, LocalDate day) {
		return select(AB_POST.CLERK_ID.eq(clerkId).and(notEndedBefore(day)));
	}

	private static Condition notEndedBefore(LocalDate day) {
		return AB_POST.ACTIVE_UNTIL.isNull().or(AB_POST.ACTIVE_UNTIL.ge(day));
	}

	private List<AbPost> select(Condition condition) {
		return this.dsl
			.select(AB_POST.ID, AB_POST.CLERK_ID, AB_POST.CLERK_NAME, AB_POST.BACKUP_ID, AB_POST.BACKUP_NAME,
					AB_POST.ACTIVE_FROM, AB_POST.ACTIVE_UNTIL)
			.from(AB_POST)
			.where(condition)
			.orderBy(AB_POST.CREATED_AT.desc())
			.fetch((r) -> new AbPost(r.value1(), new StaffRef(r.value2(), r.value3()),
					new StaffRef(r.value4(), r.value5()), r.value6(), r.value7()));
	}

}
