package org.bianmin.hub.calendar;

import java.util.Objects;

import org.bianmin.model.calendar.HolidayYear;

/**
 * A year of the calendar in effect and where its data comes from.
 *
 * @param year the arrangement
 * @param origin published by an administrator, or shipped with shared-model
 */
public record EffectiveYear(HolidayYear year, Origin origin) {

	public EffectiveYear {
		Objects.requireNonNull(year, "year");
		Objects.requireNonNull(origin, "origin");
	}

	/** Where a year's data comes from. */
	public enum Origin {

		/** Published at this hub; replaces a bundled year of the same number. */
		PUBLISHED,

		/** Shipped with shared-model. */
		BUNDLED

	}

}
