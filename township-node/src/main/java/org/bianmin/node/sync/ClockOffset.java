package org.bianmin.node.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * This node's clock against the hub's (docs/sync-protocol.md section 7). Every hub answer
 * carries the hub's clock; the offset is {@code hubTime - (sent + received) / 2} of the
 * node's own clock, and the latest measurement wins. A node whose offset is beyond the
 * bound is flagged.
 *
 * <p>
 * Thread-safe: the sync run measures while screens read.
 */
public final class ClockOffset {

	private final Clock raw;

	private final Duration bound;

	private volatile Measurement latest = Measurement.NONE;

	public ClockOffset(Clock raw, Duration bound) {
		this.raw = raw;
		this.bound = bound;
	}

	/** The node's own clock, uncorrected. */
	public Clock raw() {
		return this.raw;
	}

	/**
	 * Records the hub's clock from an answer.
	 * @param sent this node's raw clock when the request left
	 * @param received this node's raw clock when the answer arrived
	 * @param hubTime the hub's clock in the answer
	 */
	public void measure(Instant sent, Instant received, Instant hubTime) {
		Instant midpoint = sent.plus(Duration.between(sent, received).dividedBy(2));
		long offset = Duration.between(midpoint, hubTime).toMillis();
		this.latest = new Measurement(offset, received, Math.abs(offset) > this.bound.toMillis());
	}

	/** Restores the last measurement kept in the database, at start. */
	public void restore(@Nullable Long offsetMillis, @Nullable Instant measuredAt) {
		if (offsetMillis != null && measuredAt != null) {
			this.latest = new Measurement(offsetMillis, measuredAt, Math.abs(offsetMillis) > this.bound.toMillis());
		}
	}

	/**
	 * The latest measurement ({@link Measurement#NONE} before the hub was ever reached).
	 */
	public Measurement latest() {
		return this.latest;
	}

	/**
	 * The node's clock plus the latest offset: what a request's timestamp says, so that a
	 * node whose clock is wrong still signs requests the hub accepts.
	 */
	public Instant correctedNow() {
		return this.raw.instant().plusMillis(this.latest.offsetMillis());
	}

	/**
	 * One measurement.
	 *
	 * @param offsetMillis the hub's clock minus this node's, in milliseconds
	 * @param measuredAt when it was measured (node clock), or null if never
	 * @param flagged whether the offset is beyond the configured bound
	 */
	public record Measurement(long offsetMillis, @Nullable Instant measuredAt, boolean flagged) {

		/** Never measured: no correction. */
		public static final Measurement NONE = new Measurement(0, null, false);

		public boolean measured() {
			return this.measuredAt != null;
		}

	}

}
