package org.bianmin.node.sync.persistence;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One outbox row. */
public record OutboxEntry(long seq, UUID eventId, UUID caseId, Instant createdAt, OutboxState state,
		@Nullable String lastError) {
}
