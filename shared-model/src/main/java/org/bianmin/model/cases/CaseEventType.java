package org.bianmin.model.cases;

/**
 * The kinds of case event, one per {@link CaseChange} record. The names are the wire
 * names (docs/sync-protocol.md) and never change once released; a new kind gets a new
 * name.
 */
public enum CaseEventType {

	FILED, DRAFT_UPDATED, SUBMITTED, CORRECTION_REQUESTED, RESUBMITTED, ACCEPTED, REFUSED, REVIEW_STARTED, FORWARDED,
	RECEIVED, DECIDED, DEFERRED_MATERIAL_SUPPLIED, RESULT_RELEASED, DELIVERED, RATED, FOLLOW_UP_OPENED,
	FOLLOW_UP_CLOSED, TERMINATED, MATERIAL_SCANNED, SYNC_RESOLVED

}
