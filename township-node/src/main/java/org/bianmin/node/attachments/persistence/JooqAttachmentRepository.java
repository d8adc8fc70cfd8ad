package org.bianmin.node.attachments.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.bianmin.node.attachments.Attachment;
import org.bianmin.node.attachments.AttachmentStatus;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.node.jooq.Tables.ATTACHMENT;

@Repository
class JooqAttachmentRepository implements AttachmentRepository {

	private final DSLContext dsl;

	JooqAttachmentRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public Optional<Attachment> find(String sha256) {
		return this.dsl
			.select(ATTACHMENT.SHA256, ATTACHMENT.SIZE, ATTACHMENT.MEDIA_TYPE, ATTACHMENT.FILE_NAME, ATTACHMENT.STATE)
			.from(ATTACHMENT)
			.where(ATTACHMENT.SHA256.eq(sha256))
			.fetchOptional(JooqAttachmentRepository::attachment);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void insertIfAbsent(Attachment attachment, Instant at) {
		this.dsl.insertInto(ATTACHMENT)
			.set(ATTACHMENT.SHA256, attachment.sha256())
			.set(ATTACHMENT.SIZE, attachment.size())
			.set(ATTACHMENT.MEDIA_TYPE, attachment.mediaType())
			.set(ATTACHMENT.FILE_NAME, attachment.fileName())
			.set(ATTACHMENT.STATE, attachment.status().name())
			.set(ATTACHMENT.CREATED_AT, at.atOffset(ZoneOffset.UTC))
			.onConflictDoNothing()
			.execute();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean move(String sha256, AttachmentStatus from, AttachmentStatus to) {
		return this.dsl.update(ATTACHMENT)
			.set(ATTACHMENT.STATE, to.name())
			.where(ATTACHMENT.SHA256.eq(sha256).and(ATTACHMENT.STATE.eq(from.name())))
			.execute() == 1;
	}

	@Override
	public List<Attachment> inStatus(AttachmentStatus status, int limit) {
		return this.dsl
			.select(ATTACHMENT.SHA256, ATTACHMENT.SIZE, ATTACHMENT.MEDIA_TYPE, ATTACHMENT.FILE_NAME, ATTACHMENT.STATE)
			.from(ATTACHMENT)
			.where(ATTACHMENT.STATE.eq(status.name()))
			.orderBy(ATTACHMENT.CREATED_AT, ATTACHMENT.SHA256)
			.limit(limit)
			.fetch(JooqAttachmentRepository::attachment);
	}

	@Override
	public int count(AttachmentStatus status) {
		return this.dsl.fetchCount(ATTACHMENT, ATTACHMENT.STATE.eq(status.name()));
	}

	private static Attachment attachment(Record5<String, Long, String, String, String> r) {
		return new Attachment(r.value1(), r.value2(), r.value3(), r.value4(), AttachmentStatus.valueOf(r.value5()));
	}

}
