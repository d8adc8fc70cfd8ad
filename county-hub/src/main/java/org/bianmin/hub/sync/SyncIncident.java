package org.bianmin.hub.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.AckStatus;
import org.bianmin.model.sync.ResolutionChoice;
import org.jspecify.annotations.Nullable;

/**
 * A pushed event the hub refused and keeps for a person (docs/sync-protocol.md 5.1).
 *
 * @param id the incident
 * @param eventId the refused event
 * @param node the node that sent it
 * @param caseId its case, when the event could be read that far
 * @param sequence its sequence in the case, likewise
 * @param status CONFLICT, NOT_OWNER or QUARANTINED
 * @param reason why, as a rule key with arguments
 * @param content the event as received (JSON)
 * @param firstReceivedAt the hub's clock when it first arrived
 * @param lastReceivedAt the hub's clock when it last arrived
 * @param timesReceived how often it arrived
 * @param resolvedAt when a person resolved it, if they did
 * @param resolvedBy who resolved it
 * @param resolution why, in their words
 * @param choice what they decided (docs/sync-protocol.md 5.4)
 * @param resolvedByName their name as it was then
 * @param acceptedAs for ACCEPT_NODE, the SYNC_RESOLVED event that recorded the change
 * again
 */
public record SyncIncident(UUID id, EventId eventId, NodeCode node, @Nullable CaseId caseId, @Nullable Integer sequence,
		AckStatus status, RuleViolation reason, String content, Instant firstReceivedAt, Instant lastReceivedAt,
		int timesReceived, @Nullable Instant resolvedAt, @Nullable String resolvedBy, @Nullable String resolution,
		@Nullable ResolutionChoice choice, @Nullable String resolvedByName, @Nullable EventId acceptedAs) {

	public SyncIncident {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(node, "node");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(content, "content");
		if (status.isSettled()) {
			throw new IllegalArgumentException("only refused events are incidents: " + status);
		}
	}

	public boolean isResolved() {
		return this.resolvedAt != null;
	}

}
