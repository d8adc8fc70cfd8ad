package org.bianmin.hub.cases;

import java.util.List;
import java.util.Objects;

import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseEvent;

/**
 * Published, inside the storing transaction, whenever the hub stores events of cases:
 * pushed by a node or made by a county command. Listeners that must write in the same
 * transaction (the sync feed) listen with {@code Propagation.MANDATORY}; every write of
 * {@code case_event} goes through the repository that publishes this, so nothing stored
 * escapes them.
 *
 * @param cases each case touched, with the events stored now
 */
public record CaseEventsStored(List<StoredCase> cases) {

	public CaseEventsStored {
		cases = List.copyOf(cases);
	}

	/**
	 * One case and the events stored now.
	 *
	 * @param after the case after the events
	 * @param events the new events, in sequence order, continuing the stored ones
	 */
	public record StoredCase(Case after, List<CaseEvent> events) {

		public StoredCase {
			Objects.requireNonNull(after, "after");
			events = List.copyOf(events);
			if (events.isEmpty()) {
				throw new IllegalArgumentException("a stored case has at least one new event");
			}
		}

	}

}
