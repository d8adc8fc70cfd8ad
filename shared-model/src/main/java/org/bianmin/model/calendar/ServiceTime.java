package org.bianmin.model.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The county's civil time. Events carry instants; days, working days and time limits are
 * counted in the county's zone, whatever zone a node's operating system is set to.
 */
public final class ServiceTime {

	/** Every county served is in mainland China: one zone, no daylight saving. */
	public static final ZoneId SERVICE_ZONE = ZoneId.of("Asia/Shanghai");

	private ServiceTime() {
	}

	/**
	 * The county's calendar day on which an instant falls.
	 * @param instant an event timestamp
	 * @return the local date in {@link #SERVICE_ZONE}
	 */
	public static LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, SERVICE_ZONE);
	}

	/**
	 * Today in the county, read from an injected clock (never from the system default
	 * zone).
	 * @param clock the clock to read
	 * @return the local date in {@link #SERVICE_ZONE}
	 */
	public static LocalDate today(Clock clock) {
		return dayOf(clock.instant());
	}

}
