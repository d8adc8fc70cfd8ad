package org.bianmin.hub.sync;

import java.util.ArrayList;
import java.util.List;

import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseDecider;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.NetworkPlace;
import org.jspecify.annotations.Nullable;

/**
 * Commands given one after another at places, collecting the events a node would push.
 */
final class CaseScript {

	private final CaseFixtures.Desk desk = new CaseFixtures.Desk();

	private final List<CaseEvent> events = new ArrayList<>();

	private @Nullable Case current;

	CaseScript then(CaseCommand command, Actor actor, NetworkPlace place) {
		CommandResult result = CaseDecider.decide(this.current, command, this.desk.context(actor, place));
		if (!(result instanceof CommandResult.Done done)) {
			throw new AssertionError(command + " at " + place.node() + " was refused: " + result);
		}
		this.events.addAll(done.events());
		this.current = done.after();
		this.desk.later(java.time.Duration.ofMinutes(5));
		return this;
	}

	List<CaseEvent> events() {
		return List.copyOf(this.events);
	}

	/** The events from the n-th (1-based) on. */
	List<CaseEvent> from(int sequence) {
		return this.events.subList(sequence - 1, this.events.size());
	}

	Case current() {
		return java.util.Objects.requireNonNull(this.current);
	}

}
