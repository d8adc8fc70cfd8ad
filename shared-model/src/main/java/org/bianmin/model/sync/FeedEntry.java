package org.bianmin.model.sync;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.catalog.CatalogDocument;
import org.jspecify.annotations.Nullable;

/** One entry of a node's pull feed. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = FeedEntry.CaseEvents.class, name = "CASE_EVENTS"),
		@JsonSubTypes.Type(value = FeedEntry.CatalogPublished.class, name = "CATALOG_PUBLISHED"),
		@JsonSubTypes.Type(value = FeedEntry.StaffAccount.class, name = "STAFF_ACCOUNT"),
		@JsonSubTypes.Type(value = FeedEntry.IncidentResolved.class, name = "INCIDENT_RESOLVED") })
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

	/**
	 * A person at the hub resolved an event this node pushed and the hub refused
	 * (docs/sync-protocol.md 5.4): the node settles its REJECTED outbox row with it and
	 * never sends the event again.
	 *
	 * @param eventId the refused event
	 * @param choice what the person decided
	 * @param reason why, in their words
	 * @param resolvedBy who decided
	 * @param resolvedAt the hub's clock when they did
	 * @param acceptedAs for ACCEPT_NODE, the id of the SYNC_RESOLVED event that recorded
	 * the change again (it reaches the node as a case event of its own), else null
	 */
	record IncidentResolved(EventId eventId, ResolutionChoice choice, String reason, StaffRef resolvedBy,
			Instant resolvedAt, @Nullable EventId acceptedAs) implements FeedEntry {

		public IncidentResolved {
			Objects.requireNonNull(eventId, "eventId");
			Objects.requireNonNull(choice, "choice");
			Objects.requireNonNull(reason, "reason");
			Objects.requireNonNull(resolvedBy, "resolvedBy");
			Objects.requireNonNull(resolvedAt, "resolvedAt");
			if ((choice == ResolutionChoice.ACCEPT_NODE) != (acceptedAs != null)) {
				throw new IllegalArgumentException("an accepted event, and only one, names its new event");
			}
		}

	}

}
