package org.bianmin.hub.sync.feed;

import java.util.List;

import org.bianmin.model.sync.Resync;
import org.bianmin.model.sync.FeedEntry;
import org.bianmin.model.sync.SyncedStaff;
import org.jspecify.annotations.Nullable;

/**
 * A page of a node's feed with its entries in their wire form: events and catalog
 * documents as the JSON text the hub stored, so that a page is written without reading
 * every event into objects and back.
 */
record FeedPage(long cursor, long nextCursor, boolean more, @Nullable Resync resync, List<Content> entries) {

	FeedPage {
		entries = List.copyOf(entries);
	}

	sealed interface Content {

	}

	/** A case's events, each the JSON text of a CaseEvent. */
	record CaseEvents(List<String> events) implements Content {
	}

	/** A catalog version as the JSON text of its CatalogDocument. */
	record Catalog(String document) implements Content {
	}

	record Staff(SyncedStaff staff) implements Content {
	}

	/** A resolved incident of the node. */
	record Resolution(FeedEntry.IncidentResolved resolution) implements Content {
	}

}
