package org.bianmin.model.sync;

import java.util.Objects;

import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.RuleViolation;
import org.jspecify.annotations.Nullable;

/** The hub's answer for one event, with the reason when it was not settled. */
public record EventAck(EventId eventId, AckStatus status, @Nullable RuleViolation reason) {

	public EventAck {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(status, "status");
		if (!status.isSettled() && reason == null) {
			throw new IllegalArgumentException("an unsettled answer needs a reason");
		}
	}

}
