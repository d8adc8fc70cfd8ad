package org.bianmin.node.sync;

import java.time.Instant;
import java.util.UUID;

import org.bianmin.model.cases.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * An event of the feed the node did not take in because it disagrees with what the node
 * holds (docs/sync-protocol.md section 6.3): the node kept its own, a person looks.
 *
 * @param caseId the case
 * @param sequence the sequence of the hub's event
 * @param localEventId the node's own event at that sequence, if that is the reason
 * @param hubEventId the hub's event
 * @param reason why it was not taken in
 * @param recordedAt when the node found it
 */
public record SyncProblem(UUID caseId, int sequence, @Nullable UUID localEventId, UUID hubEventId, RuleViolation reason,
		Instant recordedAt) {
}
