package org.bianmin.node.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait after a failed run while the hub is unreachable: exponential backoff
 * with full jitter (docs/sync-protocol.md section 10), a random delay in
 * {@code [0, min(cap, base × 2^failures)]}, where {@code failures} counts the failed runs
 * before this one. Full jitter spreads the nodes of a county that lost the link together,
 * so they do not all come back at the same second.
 */
final class Backoff {

	private final Duration base;

	private final Duration cap;

	private final RandomGenerator random;

	Backoff(Duration base, Duration cap, RandomGenerator random) {
		this.base = base;
		this.cap = cap;
		this.random = random;
	}

	/** The delay after a failure, given how many failures came before it. */
	Duration delay(int failuresBefore) {
		return Duration.ofMillis(this.random.nextLong(ceiling(failuresBefore).toMillis() + 1));
	}

	/** The upper bound of {@link #delay}. */
	Duration ceiling(int failuresBefore) {
		int doublings = Math.clamp(failuresBefore, 0, 40);
		long millis = this.base.toMillis();
		for (int i = 0; i < doublings && millis < this.cap.toMillis(); i++) {
			millis *= 2;
		}
		return Duration.ofMillis(Math.min(millis, this.cap.toMillis()));
	}

	/** The wait after a refusal: a person must act, so the node tries at the cap. */
	Duration afterRefusal() {
		return this.cap;
	}

}
