package org.bianmin.model.resident;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Groups of residents eligible for full proxy service (全程代办). Age groups follow from the
 * resident ID and a date; disability and pregnancy are recorded by hand.
 */
public enum SpecialGroup {

	/** Aged 60 or more. */
	AGED_60,

	/** Aged 80 or more (also counted as 60+). */
	AGED_80,

	/** Holds a disability certificate. */
	DISABLED,

	/** Pregnant. */
	PREGNANT;

	/**
	 * The groups a resident belongs to on a day.
	 * @param id the resident's ID number, which gives the birth date
	 * @param on the day that counts (usually today, or the filing day for a snapshot)
	 * @param disabled recorded by hand
	 * @param pregnant recorded by hand
	 * @return the groups, possibly none
	 */
	public static Set<SpecialGroup> of(ResidentId id, LocalDate on, boolean disabled, boolean pregnant) {
		Set<SpecialGroup> groups = EnumSet.noneOf(SpecialGroup.class);
		int age = id.ageOn(on);
		if (age >= 60) {
			groups.add(AGED_60);
		}
		if (age >= 80) {
			groups.add(AGED_80);
		}
		if (disabled) {
			groups.add(DISABLED);
		}
		if (pregnant) {
			groups.add(PREGNANT);
		}
		// in the enum's order, the same in every JVM (Set.copyOf's order is not)
		return Collections.unmodifiableSet(groups);
	}

}
