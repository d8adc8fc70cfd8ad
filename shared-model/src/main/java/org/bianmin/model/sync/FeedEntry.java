package org.bianmin.model.sync;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.catalog.CatalogDocument;

/** One entry of a node's pull feed. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = FeedEntry.CaseEvents.class, name = "CASE_EVENTS"),
		@JsonSubTypes.Type(value = FeedEntry.CatalogPublished.class, name = "CATALOG_PUBLISHED"),
		@JsonSubTypes.Type(value = FeedEntry.StaffAccount.class, name = "STAFF_ACCOUNT") })
public sealed interface FeedEntry {

	/**
	 * Events of one case the node must know, in sequence order without gaps: a case
	 * handed to it, or news of a case it held or filed.
	 */
	record CaseEvents(List<CaseEvent> events) implements FeedEntry {

		public CaseEvents {
			events = List.copyOf(events);
		}

	}

	/** A newly published catalog version. */
	record CatalogPublished(CatalogDocument catalog) implements FeedEntry {
	}

	/** The current state of one of the node's staff accounts. */
	record StaffAccount(SyncedStaff staff) implements FeedEntry {
	}

}
