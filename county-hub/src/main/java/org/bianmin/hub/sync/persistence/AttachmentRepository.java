package org.bianmin.hub.sync.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.AttachmentState;

/**
 * Attachments and their chunks, in the database so that every hub instance sees them.
 * Writes join the caller's transaction.
 */
public interface AttachmentRepository {

	Optional<AttachmentState> state(String sha256);

	/** Starts an upload unless one exists (then nothing changes). */
	void startIfAbsent(String sha256, long size, NodeCode node, Instant at);

	/** Throws away what was received and starts over with this size. */
	void restart(String sha256, long size);

	/**
	 * Appends a chunk if it starts where the held bytes end: a compare-and-set on
	 * {@code received}, so of two uploaders only one appends at an offset.
	 * @return whether it was appended
	 */
	boolean append(String sha256, long offset, byte[] chunk);

	void complete(String sha256, Instant at);

	/** Passes the chunks overlapping {@code [from, to)} in offset order. */
	void read(String sha256, long from, long to, Consumer<Chunk> consumer);

	/**
	 * @param offset where the chunk starts
	 * @param content its bytes
	 */
	record Chunk(long offset, byte[] content) {
	}

}
