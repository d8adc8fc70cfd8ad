package org.bianmin.node.casework.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bianmin.node.casework.AbPost;

/** The A/B posts named at this node. */
public interface AbPostRepository {

	/** Stores a new post, in the caller's transaction. */
	void add(AbPost post, Instant createdAt);

	/**
	 * Ends a post on a day, in the caller's transaction; false if there is no such post.
	 */
	boolean end(UUID id, LocalDate until);

	/** The posts on which a member of staff is the backup, covering them on a day. */
	List<AbPost> coveredBy(String backupId, LocalDate day);

	/** The posts a clerk named that have not ended before a day, newest first. */
	List<AbPost> namedBy(String clerkId, LocalDate day);

}
