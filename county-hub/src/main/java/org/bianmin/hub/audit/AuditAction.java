package org.bianmin.hub.audit;

/**
 * The kinds of administrators' actions that are audited. Stored by name: a name never
 * changes once released.
 */
public enum AuditAction {

	/** An item of the catalog draft was added or changed. */
	CATALOG_ITEM_SAVED,

	/** An item was removed from the catalog draft. */
	CATALOG_ITEM_REMOVED,

	/** The catalog draft was thrown away. */
	CATALOG_DRAFT_DISCARDED,

	/** A catalog version was published. */
	CATALOG_PUBLISHED,

	/** A year's holiday arrangement was published. */
	HOLIDAYS_PUBLISHED,

	/** A staff account was opened. */
	USER_CREATED,

	/** A staff account's name, place, department or roles changed. */
	USER_UPDATED,

	/** A staff account was enabled. */
	USER_ENABLED,

	/** A staff account was disabled. */
	USER_DISABLED,

	/** A staff account's password was reset by an administrator. */
	PASSWORD_RESET,

	/** A staff member's A/B post backup was named or cleared. */
	AB_POST_CHANGED,

	/**
	 * A refused event kept at the hub (a sync incident) was resolved: accepted, kept the
	 * hub's record, or discarded.
	 */
	SYNC_INCIDENT_RESOLVED

}
