package org.bianmin.hub.lists;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The label formatters of the county's case screens: one per enum or value, all through
 * the translation provider; the domain's enums use shared-model's keys.
 */
public final class CaseLabels {

	private static final DateTimeFormatter COUNTY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ServiceTime.SERVICE_ZONE);

	private static final DateTimeFormatter COUNTY_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
		.withZone(ServiceTime.SERVICE_ZONE);

	private CaseLabels() {
	}

	public static String label(Component on, String prefix, @Nullable Enum<?> value) {
		return (value != null) ? on.getTranslation(prefix + value.name()) : "";
	}

	/** A time in the county's zone, whatever the server's zone. */
	public static String time(@Nullable Instant instant) {
		return (instant != null) ? COUNTY_TIME.format(instant) : "";
	}

	/** The county's day of an instant. */
	public static String day(@Nullable Instant instant) {
		return (instant != null) ? COUNTY_DAY.format(instant) : "";
	}

	/** The actor's name, and "代 name" when they stood in for an absent clerk. */
	public static String who(Component on, Actor actor) {
		if (actor.standingInFor() == null) {
			return actor.who().name();
		}
		return on.getTranslation("lists.who.standing-in", actor.who().name(), actor.standingInFor().name());
	}

	/** The domain's refusal in the user's language. */
	public static String violation(Component on, RuleViolation violation) {
		return on.getTranslation(violation.key(), violation.args().toArray());
	}

	/** The colour as a word: 正常 / 预警 / 超期, 暂停计时, 未开始计时. */
	public static String colour(Component on, @Nullable TimeLimitStatus colour, boolean paused) {
		if (paused) {
			return on.getTranslation("lists.colour.paused");
		}
		if (colour == null) {
			return on.getTranslation("lists.colour.none");
		}
		return on.getTranslation("calendar.status." + colour.name());
	}

	/**
	 * The colour as a badge with its word, not colour alone; "paused" while the clock
	 * waits for the applicant, "not started" before acceptance.
	 */
	public static Span colourBadge(Component on, @Nullable TimeLimitStatus colour, boolean paused) {
		Span badge = new Span(colour(on, colour, paused));
		badge.addClassName("bianmin-colour");
		if (paused) {
			badge.addClassName("bianmin-colour-paused");
		}
		else if (colour == null) {
			badge.addClassName("bianmin-colour-none");
		}
		else {
			badge.addClassName("bianmin-colour-" + colour.name().toLowerCase(Locale.ROOT));
		}
		return badge;
	}

}
