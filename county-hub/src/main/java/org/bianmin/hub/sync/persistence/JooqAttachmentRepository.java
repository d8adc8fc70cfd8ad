package org.bianmin.hub.sync.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;

import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.AttachmentState;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.hub.jooq.Tables.ATTACHMENT;
import static org.bianmin.hub.jooq.Tables.ATTACHMENT_CHUNK;

@Repository
class JooqAttachmentRepository implements AttachmentRepository {

	private final DSLContext dsl;

	JooqAttachmentRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public Optional<AttachmentState> state(String sha256) {
		return this.dsl.select(ATTACHMENT.SIZE, ATTACHMENT.RECEIVED, ATTACHMENT.COMPLETE)
			.from(ATTACHMENT)
			.where(ATTACHMENT.SHA256.eq(sha256))
			.fetchOptional((r) -> new AttachmentState(sha256, r.value1(), r.value2(), r.value3()));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void startIfAbsent(String sha256, long size, NodeCode node, Instant at) {
		this.dsl.insertInto(ATTACHMENT)
			.set(ATTACHMENT.SHA256, sha256)
			.set(ATTACHMENT.SIZE, size)
			.set(ATTACHMENT.RECEIVED, 0L)
			.set(ATTACHMENT.COMPLETE, false)
			.set(ATTACHMENT.FIRST_NODE, node.value())
			.set(ATTACHMENT.STARTED_AT, at.atOffset(ZoneOffset.UTC))
			.onConflictDoNothing()
			.execute();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void restart(String sha256, long size) {
		this.dsl.deleteFrom(ATTACHMENT_CHUNK).where(ATTACHMENT_CHUNK.SHA256.eq(sha256)).execute();
		this.dsl.update(ATTACHMENT)
			.set(ATTACHMENT.SIZE, size)
			.set(ATTACHMENT.RECEIVED, 0L)
			.set(ATTACHMENT.COMPLETE, false)
			.where(ATTACHMENT.SHA256.eq(sha256))
			.execute();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean append(String sha256, long offset, byte[] chunk) {
		int moved = this.dsl.update(ATTACHMENT)
			.set(ATTACHMENT.RECEIVED, ATTACHMENT.RECEIVED.plus(chunk.length))
			.where(ATTACHMENT.SHA256.eq(sha256)
				.and(ATTACHMENT.RECEIVED.eq(offset))
				.and(ATTACHMENT.COMPLETE.isFalse())
				.and(ATTACHMENT.SIZE.ge(offset + chunk.length)))
			.execute();
		if (moved == 0) {
			return false;
		}
		if (chunk.length > 0) {
			this.dsl.insertInto(ATTACHMENT_CHUNK)
				.set(ATTACHMENT_CHUNK.SHA256, sha256)
				.set(ATTACHMENT_CHUNK.CHUNK_OFFSET, offset)
				.set(ATTACHMENT_CHUNK.CONTENT, chunk)
				.execute();
		}
		return true;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void complete(String sha256, Instant at) {
		this.dsl.update(ATTACHMENT)
			.set(ATTACHMENT.COMPLETE, true)
			.set(ATTACHMENT.COMPLETED_AT, at.atOffset(ZoneOffset.UTC))
			.where(ATTACHMENT.SHA256.eq(sha256))
			.execute();
	}

	@Override
	public void read(String sha256, long from, long to, Consumer<Chunk> consumer) {
		// a chunk overlaps [from, to) if it starts before to and ends after from; chunks
		// are at most 1 MiB, so one that ends after from starts after from - 1 MiB
		this.dsl.select(ATTACHMENT_CHUNK.CHUNK_OFFSET, ATTACHMENT_CHUNK.CONTENT)
			.from(ATTACHMENT_CHUNK)
			.where(ATTACHMENT_CHUNK.SHA256.eq(sha256)
				.and(ATTACHMENT_CHUNK.CHUNK_OFFSET.lt(to))
				.and(ATTACHMENT_CHUNK.CHUNK_OFFSET.gt(from - org.bianmin.model.sync.SyncProtocol.MAX_CHUNK_BYTES)))
			.orderBy(ATTACHMENT_CHUNK.CHUNK_OFFSET)
			.fetchSize(1)
			.forEach((r) -> {
				Chunk chunk = new Chunk(r.value1(), r.value2());
				if (chunk.offset() + chunk.content().length > from) {
					consumer.accept(chunk);
				}
			});
	}

}
