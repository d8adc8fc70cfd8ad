package org.bianmin.hub.cases;

import org.jspecify.annotations.Nullable;

/**
 * How long the cases decided in a period took, against their promised limits, in working
 * days (the clock's pauses not counted).
 *
 * @param key the township's node code or the department's name
 * @param decided the cases decided in the period
 * @param averageDays their average handling time
 * @param averagePromisedDays their average promised limit
 * @param overLimit how many took longer than promised
 */
public record HandlingTime(@Nullable String key, int decided, double averageDays, double averagePromisedDays,
		int overLimit) {

}
