package org.bianmin.model.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.WorkingCalendar;

/**
 * Everything a command needs besides the case: who gives it, where, when, the working-day
 * calendar, the policy numbers, and where new event ids come from.
 */
public record CommandContext(Actor actor, NetworkPlace place, Instant now, WorkingCalendar calendar, CasePolicy policy,
		Supplier<EventId> eventIds) {

	public CommandContext {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(now, "now");
		Objects.requireNonNull(calendar, "calendar");
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(eventIds, "eventIds");
	}

	public LocalDate today() {
		return ServiceTime.dayOf(this.now);
	}

}
