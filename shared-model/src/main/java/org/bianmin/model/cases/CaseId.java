package org.bianmin.model.cases;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a case (办件). Made at the node that files the case, offline, so a case
 * never needs renumbering when it reaches the hub.
 * <p>
 * New IDs are {@linkplain TimeOrderedUuid version 7 UUIDs}. {@link #of(UUID)} and
 * {@link #parse(String)} accept any UUID version, though: the time order helps indexes
 * but is no rule, and an ID read back must never be refused for how it was made.
 *
 * @param value the UUID
 */
public record CaseId(UUID value) {

	private static final int TEXT_LENGTH = 36;

	public CaseId {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * Makes a new, time-ordered ID.
	 * @param clock the node's clock
	 * @param random the source of random bits (a {@code SecureRandom} in production)
	 * @return a new ID
	 */
	public static CaseId newId(Clock clock, RandomGenerator random) {
		return new CaseId(TimeOrderedUuid.generate(clock, random));
	}

	/**
	 * Wraps an existing UUID.
	 * @param value the UUID
	 * @return the ID
	 */
	public static CaseId of(UUID value) {
		return new CaseId(value);
	}

	/**
	 * Reads an ID in the standard 36-character form (8-4-4-4-12 hexadecimal digits,
	 * either case). Stricter than {@link UUID#fromString(String)}, which also takes
	 * shortened groups and signs, so that one ID has one spelling.
	 * @param text the UUID text
	 * @return the ID
	 * @throws IllegalArgumentException if the text is not a UUID in standard form
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static CaseId parse(String text) {
		if (text.length() == TEXT_LENGTH) {
			try {
				UUID uuid = UUID.fromString(text);
				if (uuid.toString().equalsIgnoreCase(text)) {
					return new CaseId(uuid);
				}
			}
			catch (IllegalArgumentException ex) {
				// reported below
			}
		}
		throw new IllegalArgumentException("Not a case ID in standard UUID form (" + text.length() + " characters)");
	}

	/**
	 * The UUID, written to JSON in its standard text form.
	 * @return the UUID
	 */
	@Override
	@JsonValue
	public UUID value() {
		return this.value;
	}

	/**
	 * The UUID in standard form.
	 * @return the UUID text
	 */
	@Override
	public String toString() {
		return this.value.toString();
	}

}
