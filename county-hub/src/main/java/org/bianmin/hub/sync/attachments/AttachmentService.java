package org.bianmin.hub.sync.attachments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.bianmin.hub.sync.auth.SyncRefusalException;
import org.bianmin.hub.sync.persistence.AttachmentRepository;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.AttachmentState;
import org.bianmin.model.sync.SyncRefusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chunked, resumable uploads of attachments named by their SHA-256 (docs/sync-protocol.md
 * 9). A chunk and the new count of bytes held are written in one transaction; when the
 * last byte arrives the whole content is hashed, and content that does not match its name
 * is thrown away. An attachment complete from any node is complete for all: uploads are
 * deduplicated.
 */
@Service
class AttachmentService {

	private final AttachmentRepository attachments;

	private final Clock clock;

	AttachmentService(AttachmentRepository attachments, Clock clock) {
		this.attachments = attachments;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<AttachmentState> state(String sha256) {
		return this.attachments.state(sha256);
	}

	/**
	 * Stores one chunk.
	 * @return the state after it, or a refusal to answer (WRONG_OFFSET, HASH_MISMATCH)
	 * once the transaction has committed (a mismatch's discarding must stay)
	 */
	@Transactional
	public Result put(NodeCode node, Chunk chunk) {
		Optional<AttachmentState> held = this.attachments.state(chunk.sha256());
		if (held.isPresent() && held.get().complete()) {
			return new Result(held.get(), null);
		}
		if (held.isEmpty()) {
			this.attachments.startIfAbsent(chunk.sha256(), chunk.size(), node, this.clock.instant());
		}
		else if (held.get().size() != chunk.size()) {
			// a name fixes its content and so its size: an upload of another size is not
			// of this content, whichever of the two lies; start over with the one at hand
			this.attachments.restart(chunk.sha256(), chunk.size());
		}
		if (!this.attachments.append(chunk.sha256(), chunk.offset(), chunk.content())) {
			AttachmentState now = this.attachments.state(chunk.sha256()).orElseThrow();
			if (now.complete()) {
				return new Result(now, null);
			}
			return new Result(now, new SyncRefusalException(SyncRefusal.WRONG_OFFSET,
					"the hub holds " + now.received() + " bytes: continue from there", stateMembers(now)));
		}
		AttachmentState after = this.attachments.state(chunk.sha256()).orElseThrow();
		if (after.received() < after.size()) {
			return new Result(after, null);
		}
		if (!sha256Of(chunk.sha256(), after.size()).equals(chunk.sha256())) {
			this.attachments.restart(chunk.sha256(), after.size());
			AttachmentState discarded = this.attachments.state(chunk.sha256()).orElseThrow();
			return new Result(discarded, new SyncRefusalException(SyncRefusal.HASH_MISMATCH,
					"the content does not have the SHA-256 it is named by; it was discarded", stateMembers(discarded)));
		}
		this.attachments.complete(chunk.sha256(), this.clock.instant());
		return new Result(this.attachments.state(chunk.sha256()).orElseThrow(), null);
	}

	/** Passes the bytes {@code [from, to)} of a complete attachment, in order. */
	@Transactional(readOnly = true)
	public void read(String sha256, long from, long to, Consumer<byte[]> out) {
		this.attachments.read(sha256, from, to, (chunk) -> {
			int start = (int) Math.max(0, from - chunk.offset());
			int end = (int) Math.min(chunk.content().length, to - chunk.offset());
			if (start < end) {
				byte[] part = (start == 0 && end == chunk.content().length) ? chunk.content()
						: java.util.Arrays.copyOfRange(chunk.content(), start, end);
				out.accept(part);
			}
		});
	}

	private String sha256Of(String sha256, long size) {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		this.attachments.read(sha256, 0, size, (chunk) -> digest.update(chunk.content()));
		return HexFormat.of().formatHex(digest.digest());
	}

	static Map<String, Object> stateMembers(AttachmentState state) {
		return Map.of("sha256", state.sha256(), "size", state.size(), "received", state.received(), "complete",
				state.complete());
	}

	/**
	 * A chunk as received.
	 *
	 * @param sha256 the attachment's name
	 * @param size the whole content's size
	 * @param offset where the chunk starts
	 * @param content the chunk's bytes
	 */
	record Chunk(String sha256, long size, long offset, byte[] content) {
	}

	/**
	 * @param state the state to answer with
	 * @param refusal the refusal to answer instead, if any
	 */
	record Result(AttachmentState state, @org.jspecify.annotations.Nullable SyncRefusalException refusal) {
	}

}
