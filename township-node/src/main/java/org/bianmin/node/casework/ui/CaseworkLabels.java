package org.bianmin.node.casework.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The label formatters of casework's screens: one per enum or value, all through the
 * translation provider; the domain's enums use shared-model's keys.
 */
final class CaseworkLabels {

	private static final DateTimeFormatter COUNTY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ServiceTime.SERVICE_ZONE);

	private CaseworkLabels() {
	}

	static String enumLabel(Component on, String prefix, Enum<?> value) {
		return on.getTranslation(prefix + value.name());
	}

	/** A time in the county's zone, whatever the server's zone. */
	static String countyTime(Instant instant) {
		return COUNTY_TIME.format(instant);
	}

	/** The actor's name, and "代 name" when they stood in for an absent clerk. */
	static String who(Component on, Actor actor) {
		if (actor.standingInFor() == null) {
			return actor.who().name();
		}
		return on.getTranslation("casework.who.standing-in", actor.who().name(), actor.standingInFor().name());
	}

	/** The domain's refusal in the user's language. */
	static String violation(Component on, RuleViolation violation) {
		return on.getTranslation(violation.key(), violation.args().toArray());
	}

	/**
	 * The colour as a badge with its word, not colour alone; "paused" while the clock
	 * waits for the applicant, "not started" before acceptance.
	 */
	static Span colourBadge(Component on, @Nullable TimeLimitStatus colour, boolean paused) {
		Span badge = new Span();
		badge.addClassName("bianmin-colour");
		if (paused) {
			badge.setText(on.getTranslation("casework.colour.paused"));
			badge.addClassName("bianmin-colour-paused");
		}
		else if (colour == null) {
			badge.setText(on.getTranslation("casework.colour.none"));
			badge.addClassName("bianmin-colour-none");
		}
		else {
			badge.setText(on.getTranslation("casework.colour." + colour.name()));
			badge.addClassName("bianmin-colour-" + colour.name().toLowerCase(java.util.Locale.ROOT));
		}
		return badge;
	}

}
