package org.bianmin.model.resident;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A resident ID number (居民身份证号码) as defined by GB 11643-1999: a 6-digit area code, the
 * 8-digit birth date (YYYYMMDD), a 3-digit sequence whose last digit is odd for men and
 * even for women, and an ISO 7064 MOD 11-2 check character (0-9 or X).
 * <p>
 * An instance always holds a valid number in canonical form: 18 characters, ASCII digits,
 * upper-case X. There are two ways in:
 * <ul>
 * <li>{@link #parse(String, LocalDate)} for what a person typed or a card reader sent: it
 * forgives the usual input-method artefacts and refuses birth dates in the future;</li>
 * <li>{@link #of(String)} (and the constructor) for values read back from storage or the
 * wire: canonical form only, and no future-date rule.</li>
 * </ul>
 * The number is personal data: {@link #toString()} gives the {@linkplain #masked()
 * masked} form so that logs never see it. JSON carries the full number.
 *
 * @param value the number in canonical form
 */
public record ResidentId(String value) {

	private static final int LENGTH = 18;

	private static final int LEGACY_LENGTH = 15;

	/** ISO 7064 MOD 11-2 weights 2^(17-i) mod 11 for positions 1 to 17. */
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	/** The check character for each weighted sum mod 11. */
	private static final String CHECK_CHARACTERS = "10X98765432";

	private static final int FULL_WIDTH_ZERO = 0xFF10;

	private static final int FULL_WIDTH_CAPITAL_X = 0xFF38;

	private static final int FULL_WIDTH_SMALL_X = 0xFF58;

	/**
	 * Checks a number in canonical form, as {@link #of(String)} does.
	 * @throws InvalidResidentIdException if the value is not a valid canonical number
	 */
	public ResidentId {
		Objects.requireNonNull(value, "value");
		check(value);
	}

	/**
	 * Reads a number back from storage or the wire.
	 * <p>
	 * Canonical form only: nothing is trimmed or converted. One spelling per number keeps
	 * equality, database uniqueness and the content comparison of synced events exact; a
	 * stored value with spaces or a lower-case x is a bug upstream that should surface,
	 * not be papered over. The future-date rule is left out on purpose: it only guards
	 * data entry, and a number accepted once must not become invalid later, for example
	 * when it arrives at a hub whose clock is a little behind the node's.
	 * @param canonical 18 characters, ASCII digits and possibly a final upper-case X
	 * @return the resident ID
	 * @throws InvalidResidentIdException with the first problem found
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ResidentId of(String canonical) {
		return new ResidentId(canonical);
	}

	/**
	 * Reads a number a person typed, pasted or a card reader sent: the strict entry point
	 * for user input.
	 * <p>
	 * First normalises: removes every space, surrounding or inner (ASCII, no-break,
	 * ideographic U+3000, and tabs or line breaks a card reader appends), turns
	 * full-width digits and Ｘ/ｘ into ASCII as Chinese input methods type them, and
	 * upper-cases x. Then checks, in this order: {@code EMPTY}, {@code LEGACY_15_DIGIT},
	 * {@code LENGTH}, {@code CHARACTERS}, {@code CHECK_DIGIT}, {@code NO_SUCH_DATE},
	 * {@code FUTURE_DATE}.
	 * @param raw what was entered
	 * @param today the date the number is entered on, from the caller's clock; a birth
	 * date after it is refused (born today is fine)
	 * @return the resident ID in canonical form
	 * @throws InvalidResidentIdException with the first problem found
	 */
	public static ResidentId parse(String raw, LocalDate today) {
		String normalised = normalise(raw);
		ResidentId id = new ResidentId(normalised);
		if (id.birthDate().isAfter(today)) {
			throw new InvalidResidentIdException(ResidentIdProblem.FUTURE_DATE, normalised);
		}
		return id;
	}

	/**
	 * The full number, for storage and the wire; never for logs or lists.
	 * @return the 18 characters
	 */
	@Override
	@JsonValue
	public String value() {
		return this.value;
	}

	/**
	 * The area code of the place where the number was issued (positions 1-6).
	 * @return 6 digits
	 */
	public String areaCode() {
		return this.value.substring(0, 6);
	}

	/**
	 * The birth date held in positions 7-14.
	 * @return the birth date
	 */
	public LocalDate birthDate() {
		return birthDateOf(this.value);
	}

	/**
	 * The sex held in the 17th digit: odd for men, even for women.
	 * @return the sex
	 */
	public Sex sex() {
		return (this.value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
	}

	/**
	 * Age in full years (周岁) on a date. The age goes up on the birthday itself; someone
	 * born on 29 February turns a year older on 1 March in common years.
	 * @param date the date to compute the age on
	 * @return completed years since birth
	 * @throws IllegalArgumentException if the date lies before the birth date
	 */
	public int ageOn(LocalDate date) {
		LocalDate birthDate = birthDate();
		if (date.isBefore(birthDate)) {
			throw new IllegalArgumentException("Age asked for a date before the birth date");
		}
		return Period.between(birthDate, date).getYears();
	}

	/**
	 * The last four characters. The public progress query asks for them as a second
	 * factor that only the applicant holds.
	 * @return the last 4 characters
	 */
	public String lastFour() {
		return this.value.substring(LENGTH - 4);
	}

	/**
	 * The number as lists, notices and logs show it: area code, eight asterisks hiding
	 * the birth date and sequence, last four characters.
	 * @return e.g. {@code 621121********6137}
	 */
	public String masked() {
		return areaCode() + "********" + lastFour();
	}

	/**
	 * The masked form, so that a resident ID concatenated into a log line stays masked.
	 * @return {@link #masked()}
	 */
	@Override
	public String toString() {
		return masked();
	}

	private static String normalise(String raw) {
		StringBuilder normalised = new StringBuilder(raw.length());
		raw.codePoints().forEach((codePoint) -> {
			if (isSpace(codePoint)) {
				return;
			}
			if (codePoint >= FULL_WIDTH_ZERO && codePoint <= FULL_WIDTH_ZERO + 9) {
				normalised.append((char) ('0' + (codePoint - FULL_WIDTH_ZERO)));
			}
			else if (codePoint == 'x' || codePoint == FULL_WIDTH_CAPITAL_X || codePoint == FULL_WIDTH_SMALL_X) {
				normalised.append('X');
			}
			else {
				normalised.appendCodePoint(codePoint);
			}
		});
		return normalised.toString();
	}

	private static boolean isSpace(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
	}

	private static void check(String value) {
		if (value.isEmpty()) {
			throw new InvalidResidentIdException(ResidentIdProblem.EMPTY, value);
		}
		int length = value.codePointCount(0, value.length());
		if (length == LEGACY_LENGTH && allDigits(value, 0, LEGACY_LENGTH)) {
			throw new InvalidResidentIdException(ResidentIdProblem.LEGACY_15_DIGIT, value);
		}
		if (length != LENGTH) {
			throw new InvalidResidentIdException(ResidentIdProblem.LENGTH, value);
		}
		char last = value.charAt(LENGTH - 1);
		if (!allDigits(value, 0, LENGTH - 1) || !(isDigit(last) || last == 'X')) {
			throw new InvalidResidentIdException(ResidentIdProblem.CHARACTERS, value);
		}
		if (checkCharacter(value) != last) {
			throw new InvalidResidentIdException(ResidentIdProblem.CHECK_DIGIT, value);
		}
		try {
			birthDateOf(value);
		}
		catch (DateTimeException ex) {
			throw new InvalidResidentIdException(ResidentIdProblem.NO_SUCH_DATE, value);
		}
	}

	private static char checkCharacter(String value) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (value.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	private static LocalDate birthDateOf(String value) {
		int year = Integer.parseInt(value, 6, 10, 10);
		int month = Integer.parseInt(value, 10, 12, 10);
		int day = Integer.parseInt(value, 12, 14, 10);
		return LocalDate.of(year, month, day);
	}

	private static boolean allDigits(String value, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!isDigit(value.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
