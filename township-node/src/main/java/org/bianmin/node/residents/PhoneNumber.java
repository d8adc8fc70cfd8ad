package org.bianmin.node.residents;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A resident's phone number: a mainland mobile number (11 digits from 13 to 19) or a
 * landline with its area code ({@code 0xx-xxxxxxxx}). Spaces and full-width digits, as an
 * input method types them, are removed or turned into ASCII, so one number has one
 * spelling and a search finds it however it was typed.
 *
 * @param value the number in canonical form
 */
public record PhoneNumber(String value) {

	private static final Pattern VALID = Pattern.compile("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}");

	/** The message key shown next to the field when a number is refused. */
	public static final String INVALID_KEY = "residents.phone.invalid";

	public PhoneNumber {
		Objects.requireNonNull(value, "value");
		value = normalise(value);
		if (!VALID.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"not a mainland mobile or landline number (" + value.length() + " characters)");
		}
	}

	public static PhoneNumber of(String raw) {
		return new PhoneNumber(raw);
	}

	/** Spaces removed, full-width digits and hyphens made ASCII. */
	static String normalise(String raw) {
		StringBuilder normalised = new StringBuilder(raw.length());
		raw.codePoints().forEach((codePoint) -> {
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				return;
			}
			if (codePoint >= 0xFF10 && codePoint <= 0xFF19) {
				normalised.append((char) ('0' + codePoint - 0xFF10));
			}
			else if (codePoint == 0xFF0D) {
				normalised.append('-');
			}
			else {
				normalised.appendCodePoint(codePoint);
			}
		});
		return normalised.toString();
	}

	/** The number itself: a phone number is shown in full to staff of this node. */
	@Override
	public String toString() {
		return this.value;
	}

}
