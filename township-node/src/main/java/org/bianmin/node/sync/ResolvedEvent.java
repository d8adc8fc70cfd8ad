package org.bianmin.node.sync;

import java.time.Instant;
import java.util.UUID;

import org.bianmin.model.sync.AckStatus;
import org.bianmin.model.sync.ResolutionChoice;
import org.jspecify.annotations.Nullable;

/**
 * An event the hub refused and a person at the county resolved (docs/sync-protocol.md
 * 5.4), as staff see it on the sync page.
 *
 * @param seq its outbox position
 * @param eventId the event
 * @param caseId its case
 * @param status the hub's answer it had been refused with
 * @param choice what the county decided
 * @param reason why, in the county's words
 * @param resolvedBy who decided
 * @param resolvedAt when (the hub's clock)
 */
public record ResolvedEvent(long seq, UUID eventId, UUID caseId, @Nullable AckStatus status, ResolutionChoice choice,
		String reason, String resolvedBy, Instant resolvedAt) {
}
