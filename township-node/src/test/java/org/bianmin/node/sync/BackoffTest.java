package org.bianmin.node.sync;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

	private static final Duration BASE = Duration.ofSeconds(30);

	private static final Duration CAP = Duration.ofMinutes(30);

	@Test
	void the_ceiling_doubles_from_the_base_up_to_the_cap() {
		Backoff backoff = new Backoff(BASE, CAP, new SplittableRandom(1));

		assertThat(backoff.ceiling(0)).isEqualTo(Duration.ofSeconds(30));
		assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(60));
		assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(backoff.ceiling(6)).isEqualTo(Duration.ofMinutes(30));
		assertThat(backoff.ceiling(1000)).isEqualTo(CAP);
	}

	@Test
	void delays_are_full_jitter_within_zero_and_the_ceiling() {
		Backoff backoff = new Backoff(BASE, CAP, new SplittableRandom(42));
		for (int failures = 0; failures < 12; failures++) {
			Set<Duration> seen = new HashSet<>();
			for (int i = 0; i < 200; i++) {
				Duration delay = backoff.delay(failures);
				assertThat(delay).isBetween(Duration.ZERO, backoff.ceiling(failures));
				seen.add(delay);
			}
			// jittered: two hundred nodes that failed together do not come back together
			assertThat(seen).hasSizeGreaterThan(150);
		}
	}

	@Test
	void the_same_seed_gives_the_same_delays() {
		Backoff one = new Backoff(BASE, CAP, new SplittableRandom(9));
		Backoff two = new Backoff(BASE, CAP, new SplittableRandom(9));

		for (int failures = 0; failures < 8; failures++) {
			assertThat(one.delay(failures)).isEqualTo(two.delay(failures));
		}
	}

	@Test
	void a_refusal_waits_the_cap() {
		assertThat(new Backoff(BASE, CAP, new SplittableRandom(1)).afterRefusal()).isEqualTo(CAP);
	}

}
