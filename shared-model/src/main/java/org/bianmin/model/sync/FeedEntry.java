package org.bianmin.model.sync;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.catalog.CatalogDocument;

/** One entry of a node's pull feed. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = FeedEntry.CaseEvents.class, name = "CASE_EVENTS"),
		@JsonSubTypes.Type(value = FeedEntry.CatalogPublished.class, name = "CATALOG_PUBLISHED") })
public sealed interface FeedEntry {

	/** Events of a case the node must know: one handed to it, or one it handed on. */
	record CaseEvents(List<CaseEvent> events) implements FeedEntry {

		public CaseEvents {
			events = List.copyOf(events);
		}

	}

	/** A newly published catalog version. */
	record CatalogPublished(CatalogDocument catalog) implements FeedEntry {
	}

}
