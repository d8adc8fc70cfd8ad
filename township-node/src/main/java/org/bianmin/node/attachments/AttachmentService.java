package org.bianmin.node.attachments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.bianmin.node.attachments.persistence.AttachmentRepository;
import org.bianmin.node.storage.StorageSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scans of materials at this node: stores new ones content-addressed, serves their bytes
 * (fetching from the hub, through an {@link AttachmentSource}, one the node knows of but
 * does not hold), and keeps what the sync feature needs to upload them.
 *
 * <p>
 * Writes run in the caller's transaction when there is one (a scan and its event are
 * stored together), else in their own; file bytes are written before, outside any.
 */
@Service
public class AttachmentService {

	/** The largest attachment, as the protocol allows (20 MiB). */
	public static final long MAX_SIZE = 20L * 1024 * 1024;

	private final AttachmentRepository attachments;

	private final AttachmentFiles files;

	private final ObjectProvider<AttachmentSource> source;

	private final Clock clock;

	private final TransactionTemplate transactions;

	public AttachmentService(AttachmentRepository attachments, StorageSettings storage,
			ObjectProvider<AttachmentSource> source, Clock clock, PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.attachments = attachments;
		this.files = new AttachmentFiles(storage.dataDir().resolve("attachments"));
		this.source = source;
		this.clock = clock;
	}

	/**
	 * Stores a file made here (a scan just uploaded at the case page) and records it as
	 * waiting for upload, in the caller's transaction. The same content stored twice is
	 * one file.
	 * @throws AttachmentTooLargeException beyond {@link #MAX_SIZE}
	 */
	public Attachment store(InputStream content, String mediaType, String fileName) {
		AttachmentFiles.Stored stored = this.files.write(content, MAX_SIZE, null);
		Attachment attachment = new Attachment(stored.sha256(), stored.size(), mediaType, fileName,
				AttachmentStatus.PENDING);
		return this.transactions.execute((status) -> {
			this.attachments.insertIfAbsent(attachment, this.clock.instant());
			// known from the hub before (REMOTE): the hub has it, so nothing to upload
			this.attachments.move(stored.sha256(), AttachmentStatus.REMOTE, AttachmentStatus.UPLOADED);
			return this.attachments.find(stored.sha256()).orElse(attachment);
		});
	}

	/**
	 * Notes an attachment named by a pulled event, in the caller's transaction: fetched
	 * later, when the sync runs or someone opens it.
	 */
	public void expect(String sha256, long size, String mediaType, String fileName) {
		AttachmentStatus held = this.files.holds(sha256) ? AttachmentStatus.UPLOADED : AttachmentStatus.REMOTE;
		this.transactions.executeWithoutResult((status) -> this.attachments
			.insertIfAbsent(new Attachment(sha256, size, mediaType, fileName, held), this.clock.instant()));
	}

	public Optional<Attachment> find(String sha256) {
		return this.attachments.find(sha256);
	}

	/** Whether the content is on this node's disk. */
	public boolean holds(String sha256) {
		return this.files.holds(sha256);
	}

	/**
	 * The content, fetched from the hub first if the node does not hold it.
	 * @throws AttachmentUnavailableException if it is not here and cannot be fetched now
	 */
	public InputStream open(String sha256) {
		if (!this.files.holds(sha256)) {
			fetch(sha256);
		}
		try {
			return this.files.open(sha256);
		}
		catch (IOException ex) {
			throw new AttachmentUnavailableException(sha256, ex);
		}
	}

	/**
	 * Fetches content the node knows of but does not hold, checks it against its name and
	 * stores it.
	 * @throws AttachmentUnavailableException if it cannot be fetched now
	 */
	public void fetch(String sha256) {
		Attachment known = this.attachments.find(sha256).orElseThrow(() -> new AttachmentUnavailableException(sha256));
		AttachmentSource from = this.source.getIfAvailable();
		if (from == null) {
			throw new AttachmentUnavailableException(sha256, new IOException("no source configured"));
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(known.size(), MAX_SIZE));
		try {
			from.fetch(sha256, bytes);
			this.files.write(new ByteArrayInputStream(bytes.toByteArray()), MAX_SIZE, sha256);
		}
		catch (IOException | UncheckedIOException | IllegalStateException | AttachmentTooLargeException ex) {
			throw new AttachmentUnavailableException(sha256, ex);
		}
		// the download ran outside any transaction: a slow link must not hold one open
		this.transactions.executeWithoutResult(
				(status) -> this.attachments.move(sha256, AttachmentStatus.REMOTE, AttachmentStatus.UPLOADED));
	}

	/** Up to {@code length} bytes of held content from {@code offset}, for a chunk. */
	public byte[] read(String sha256, long offset, int length) {
		return this.files.read(sha256, offset, length);
	}

	public List<Attachment> inStatus(AttachmentStatus status, int limit) {
		return this.attachments.inStatus(status, limit);
	}

	public int count(AttachmentStatus status) {
		return this.attachments.count(status);
	}

	/** The hub holds the whole content now. */
	public void markUploaded(String sha256) {
		this.transactions.executeWithoutResult(
				(status) -> this.attachments.move(sha256, AttachmentStatus.PENDING, AttachmentStatus.UPLOADED));
	}

}
