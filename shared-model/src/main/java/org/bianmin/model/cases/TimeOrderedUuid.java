package org.bianmin.model.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Makes version 7 UUIDs (RFC 9562, section 5.7): a 48-bit Unix timestamp in milliseconds,
 * the version 7, 12 random bits, the variant 2 and 62 more random bits.
 * <p>
 * Nodes make IDs offline, so they must be unique without asking anyone; 74 random bits
 * per millisecond make a clash practically impossible. Putting the time first keeps IDs
 * made later sorting later, so B-tree indexes on the hub grow at their right edge and
 * stay compact instead of splitting pages at random as with version 4 UUIDs.
 * <p>
 * Stateless: IDs made within the same millisecond are in random order. Nothing relies on
 * the order of IDs; the order of events is kept by the events themselves.
 */
public final class TimeOrderedUuid {

	private static final int VERSION = 7;

	private static final long MAX_TIMESTAMP = (1L << 48) - 1;

	private TimeOrderedUuid() {
	}

	/**
	 * Makes a version 7 UUID.
	 * @param clock where the time comes from
	 * @param random where the random bits come from: a {@code SecureRandom} in
	 * production, a seeded generator in tests
	 * @return a new UUID
	 * @throws IllegalStateException if the clock is before 1970 or beyond the 48-bit
	 * range (year 10889)
	 */
	public static UUID generate(Clock clock, RandomGenerator random) {
		long millis = clock.millis();
		if (millis < 0 || millis > MAX_TIMESTAMP) {
			throw new IllegalStateException("Clock out of the UUIDv7 range: " + clock.instant());
		}
		long randomA = random.nextLong() & 0xFFFL;
		long randomB = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL;
		long mostSignificant = (millis << 16) | ((long) VERSION << 12) | randomA;
		long leastSignificant = 0x8000_0000_0000_0000L | randomB;
		return new UUID(mostSignificant, leastSignificant);
	}

	/**
	 * The time a version 7 UUID was made at, to the millisecond.
	 * @param uuid a version 7 UUID
	 * @return its timestamp
	 * @throws IllegalArgumentException if the UUID is not version 7
	 */
	public static Instant timestampOf(UUID uuid) {
		if (uuid.variant() != 2 || uuid.version() != VERSION) {
			throw new IllegalArgumentException("Not a version 7 UUID: " + uuid);
		}
		return Instant.ofEpochMilli(uuid.getMostSignificantBits() >>> 16);
	}

}
