package org.bianmin.node.benchmark;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.bianmin.model.calendar.ServiceTime;
import org.jspecify.annotations.Nullable;

/**
 * The node's clock during the load: set to the day and hour each made-up command was
 * given, so that cases are filed, accepted and decided over the last weeks and their
 * time-limit colours differ. Unset, it is the system clock (for the measurements).
 */
final class MovableClock extends Clock {

	private volatile @Nullable Instant fixed;

	void set(Instant instant) {
		this.fixed = instant;
	}

	void release() {
		this.fixed = null;
	}

	@Override
	public ZoneId getZone() {
		return ServiceTime.SERVICE_ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("the node keeps the county's time zone");
	}

	@Override
	public Instant instant() {
		Instant at = this.fixed;
		return (at != null) ? at : Instant.now();
	}

}
