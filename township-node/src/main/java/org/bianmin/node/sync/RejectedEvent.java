package org.bianmin.node.sync;

import java.time.Instant;
import java.util.UUID;

import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.sync.AckStatus;

/**
 * An event the hub refused, as staff see it on the sync page.
 *
 * @param seq its outbox position
 * @param eventId the event
 * @param caseId its case
 * @param status the hub's answer (CONFLICT, NOT_OWNER or QUARANTINED)
 * @param reason why, as a rule key with arguments
 * @param answeredAt when the node got the answer
 */
public record RejectedEvent(long seq, UUID eventId, UUID caseId, AckStatus status, RuleViolation reason,
		Instant answeredAt) {
}
