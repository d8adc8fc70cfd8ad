package org.bianmin.model.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeOrderedUuidTest {

	private static final Instant FILED_AT = Instant.parse("2026-11-25T01:30:00.123Z");

	@Test
	void sets_version_7_and_variant_2() {
		UUID uuid = TimeOrderedUuid.generate(clockAt(FILED_AT), new SplittableRandom(1));

		assertThat(uuid.version()).isEqualTo(7);
		assertThat(uuid.variant()).isEqualTo(2);
		assertThat(uuid.toString().charAt(14)).isEqualTo('7');
		assertThat(uuid.toString().charAt(19)).isIn('8', '9', 'a', 'b');
	}

	@Test
	void keeps_the_version_and_variant_whatever_the_random_bits() {
		UUID allOnes = TimeOrderedUuid.generate(clockAt(FILED_AT), new FixedRandom(-1L));
		UUID allZeros = TimeOrderedUuid.generate(clockAt(FILED_AT), new FixedRandom(0L));

		assertThat(List.of(allOnes, allZeros)).allSatisfy((uuid) -> {
			assertThat(uuid.version()).isEqualTo(7);
			assertThat(uuid.variant()).isEqualTo(2);
			assertThat(TimeOrderedUuid.timestampOf(uuid)).isEqualTo(FILED_AT);
		});
	}

	@Test
	void puts_the_unix_milliseconds_in_the_first_48_bits() {
		UUID uuid = TimeOrderedUuid.generate(clockAt(FILED_AT), new SplittableRandom(1));

		assertThat(uuid.getMostSignificantBits() >>> 16).isEqualTo(FILED_AT.toEpochMilli());
		assertThat(uuid.toString())
			.startsWith(String.format("%08x-%04x", FILED_AT.toEpochMilli() >>> 16, FILED_AT.toEpochMilli() & 0xFFFF));
		assertThat(TimeOrderedUuid.timestampOf(uuid)).isEqualTo(FILED_AT);
	}

	@Test
	void sorts_uuids_made_at_increasing_times_in_that_order() {
		SplittableRandom random = new SplittableRandom(7);
		List<UUID> made = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			made.add(TimeOrderedUuid.generate(clockAt(FILED_AT.plusMillis(i * 37L)), random));
		}

		assertThat(made).isSorted();
		// databases compare UUIDs as unsigned bytes, which is the order of the hex text
		assertThat(made.stream().map(UUID::toString).toList()).isSorted();
	}

	@Test
	void makes_different_uuids_within_one_millisecond() {
		SplittableRandom random = new SplittableRandom(7);
		Clock stopped = clockAt(FILED_AT);

		assertThat(List.of(TimeOrderedUuid.generate(stopped, random), TimeOrderedUuid.generate(stopped, random),
				TimeOrderedUuid.generate(stopped, random)))
			.doesNotHaveDuplicates();
	}

	@Test
	void refuses_a_clock_before_1970() {
		assertThatThrownBy(
				() -> TimeOrderedUuid.generate(clockAt(Instant.parse("1969-12-31T23:59:59Z")), new SplittableRandom(1)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void reads_no_timestamp_from_other_versions() {
		assertThatThrownBy(() -> TimeOrderedUuid.timestampOf(UUID.randomUUID()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	static Clock clockAt(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.ofHours(8));
	}

	/** Returns the same bits every time, to pin the fixed bits of the layout. */
	private record FixedRandom(long bits) implements java.util.random.RandomGenerator {

		@Override
		public long nextLong() {
			return this.bits;
		}

	}

}
