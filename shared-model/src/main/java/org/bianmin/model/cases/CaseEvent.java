package org.bianmin.model.cases;

import java.time.Instant;
import java.util.Objects;

import org.bianmin.model.node.NodeCode;

/**
 * One immutable change to a case: the unit of the audit trail (全程电子监察) and of sync.
 * Events are made at the node that owns the case, in order: {@code sequence} counts the
 * case's events from 1 without gaps, so any place can tell a replay from a gap.
 *
 * @param id made where the event happened; the key that makes storing it idempotent
 * @param caseId the case it belongs to
 * @param sequence 1 for the filing event, then one more for each event of the case
 * @param node the node that recorded it (the owner at the time)
 * @param actor who did it
 * @param recordedAt the recording node's clock (the hub adds its own receive time)
 * @param schemaVersion the version of the payload's schema, see {@link #SCHEMA_VERSION}
 * @param change what changed
 */
public record CaseEvent(EventId id, CaseId caseId, int sequence, NodeCode node, Actor actor, Instant recordedAt,
		int schemaVersion, CaseChange change) {

	/** The schema version this code writes; it reads this one and every earlier one. */
	public static final int SCHEMA_VERSION = 1;

	public CaseEvent {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(node, "node");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(recordedAt, "recordedAt");
		Objects.requireNonNull(change, "change");
		if (sequence < 1) {
			throw new IllegalArgumentException("sequence starts at 1");
		}
		if (schemaVersion < 1 || schemaVersion > SCHEMA_VERSION) {
			throw new IllegalArgumentException("unknown schema version " + schemaVersion);
		}
	}

	public CaseEventType type() {
		return this.change.type();
	}

}
