package org.bianmin.model.cases;

import java.util.List;

/**
 * What a command did: new events and the case they make, or a refusal a clerk can read.
 */
public sealed interface CommandResult {

	/** The command was allowed; store these events (in order) and this case together. */
	record Done(Case after, List<CaseEvent> events) implements CommandResult {

		public Done {
			events = List.copyOf(events);
			if (events.isEmpty()) {
				throw new IllegalArgumentException("a command that was done made at least one event");
			}
		}

	}

	/** The command was refused; nothing changed. */
	record Denied(RuleViolation violation) implements CommandResult {
	}

}
