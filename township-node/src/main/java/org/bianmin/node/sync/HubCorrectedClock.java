package org.bianmin.node.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The clock the node's casework runs on: the machine's clock, except while the node is
 * flagged for a clock beyond the bound, when it is the machine's clock plus the measured
 * offset to the hub's. So events are recorded and time limits computed on a right clock
 * even on a PC whose clock is wrong (docs/sync-protocol.md section 7); a node that never
 * reached the hub, or whose clock is close enough, uses its own clock unchanged
 * (docs/adr/0017).
 */
public final class HubCorrectedClock extends Clock {

	private final ClockOffset offset;

	private final ZoneId zone;

	public HubCorrectedClock(ClockOffset offset) {
		this(offset, offset.raw().getZone());
	}

	private HubCorrectedClock(ClockOffset offset, ZoneId zone) {
		this.offset = offset;
		this.zone = zone;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId newZone) {
		return new HubCorrectedClock(this.offset, newZone);
	}

	@Override
	public Instant instant() {
		ClockOffset.Measurement latest = this.offset.latest();
		Instant now = this.offset.raw().instant();
		return latest.flagged() ? now.plusMillis(latest.offsetMillis()) : now;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof HubCorrectedClock clock && clock.offset == this.offset
				&& Objects.equals(clock.zone, this.zone);
	}

	@Override
	public int hashCode() {
		return Objects.hash(System.identityHashCode(this.offset), this.zone);
	}

}
