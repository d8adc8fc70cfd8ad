package org.bianmin.node.attachments.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bianmin.node.attachments.Attachment;
import org.bianmin.node.attachments.AttachmentStatus;

/** What the node knows of each attachment. Writes need the caller's transaction. */
public interface AttachmentRepository {

	Optional<Attachment> find(String sha256);

	/** Adds a row unless one with the name exists. */
	void insertIfAbsent(Attachment attachment, Instant at);

	/** Moves a row from one status to another; no change if it is not in {@code from}. */
	boolean move(String sha256, AttachmentStatus from, AttachmentStatus to);

	/** Rows in a status, oldest first. */
	List<Attachment> inStatus(AttachmentStatus status, int limit);

	int count(AttachmentStatus status);

}
