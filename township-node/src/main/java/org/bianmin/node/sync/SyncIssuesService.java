package org.bianmin.node.sync;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.bianmin.node.sync.persistence.OutboxRepository;
import org.bianmin.node.sync.persistence.SyncProblemRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person at the node must see to (the sync page's "同步问题"): events the hub refused,
 * which are never sent again by themselves, and disagreements found in the feed.
 */
public class SyncIssuesService {

	private static final Logger log = LoggerFactory.getLogger(SyncIssuesService.class);

	private final OutboxRepository outbox;

	private final SyncProblemRepository problems;

	private final Clock clock;

	SyncIssuesService(OutboxRepository outbox, SyncProblemRepository problems, Clock clock) {
		this.outbox = outbox;
		this.problems = problems;
		this.clock = clock;
	}

	/** Refused events the county resolved, most recently resolved first. */
	@Transactional(readOnly = true)
	public List<ResolvedEvent> resolved(int offset, int limit) {
		return this.outbox.resolved(offset, limit);
	}

	/** Events the hub refused, oldest first. */
	@Transactional(readOnly = true)
	public List<RejectedEvent> rejected(int offset, int limit) {
		return this.outbox.rejected(offset, limit);
	}

	/**
	 * "重新发送": a refused event goes out again with the next run (once the county has
	 * resolved what made the hub refuse it).
	 * @return whether it was waiting as refused
	 */
	@Transactional
	public boolean resend(UUID eventId) {
		boolean resent = this.outbox.resend(eventId, this.clock.instant());
		if (resent) {
			log.info("Event {} will be sent to the hub again", eventId);
		}
		return resent;
	}

	/** Disagreements found in the feed, newest first. */
	@Transactional(readOnly = true)
	public List<SyncProblem> problems(int limit) {
		return this.problems.latest(limit);
	}

}
