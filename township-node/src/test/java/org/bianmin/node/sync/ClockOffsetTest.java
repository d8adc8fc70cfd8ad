package org.bianmin.node.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClockOffsetTest {

	private static final Instant NODE_NOW = Instant.parse("2026-11-25T02:00:00Z");

	private final ClockOffset offset = new ClockOffset(Clock.fixed(NODE_NOW, ZoneOffset.UTC), Duration.ofMinutes(2));

	private final HubCorrectedClock corrected = new HubCorrectedClock(this.offset);

	@Test
	void measures_against_the_midpoint_of_request_and_answer() {
		// sent at 0 s, answered at 4 s by the node's clock; the hub said 2 s + 90 s
		this.offset.measure(NODE_NOW, NODE_NOW.plusSeconds(4), NODE_NOW.plusSeconds(92));

		assertThat(this.offset.latest().offsetMillis()).isEqualTo(90_000);
		assertThat(this.offset.latest().flagged()).isFalse();
		assertThat(this.offset.correctedNow()).isEqualTo(NODE_NOW.plusSeconds(90));
	}

	@Test
	void flags_a_clock_beyond_the_bound_either_way() {
		this.offset.measure(NODE_NOW, NODE_NOW, NODE_NOW.minus(Duration.ofMinutes(3)));
		assertThat(this.offset.latest().flagged()).isTrue();

		this.offset.measure(NODE_NOW, NODE_NOW, NODE_NOW.plus(Duration.ofMinutes(2)));
		assertThat(this.offset.latest().flagged()).isFalse();
	}

	@Test
	void the_casework_clock_is_corrected_only_while_flagged() {
		assertThat(this.corrected.instant()).as("never measured: own clock").isEqualTo(NODE_NOW);

		this.offset.measure(NODE_NOW, NODE_NOW, NODE_NOW.plusSeconds(90));
		assertThat(this.corrected.instant()).as("within the bound: own clock").isEqualTo(NODE_NOW);

		this.offset.measure(NODE_NOW, NODE_NOW, NODE_NOW.plus(Duration.ofHours(5)));
		assertThat(this.corrected.instant()).as("flagged: the hub's clock")
			.isEqualTo(NODE_NOW.plus(Duration.ofHours(5)));
	}

	@Test
	void a_restored_measurement_counts_as_measured() {
		this.offset.restore(-600_000L, NODE_NOW);

		assertThat(this.offset.latest().measured()).isTrue();
		assertThat(this.offset.latest().flagged()).isTrue();
		assertThat(this.corrected.instant()).isEqualTo(NODE_NOW.minus(Duration.ofMinutes(10)));
	}

}
