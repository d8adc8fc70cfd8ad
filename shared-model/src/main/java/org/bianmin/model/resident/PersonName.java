package org.bianmin.model.resident;

import java.text.Normalizer;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A person's name as filed (姓名).
 * <p>
 * Allowed are Han ideographs of every block, the extensions beyond the Basic Multilingual
 * Plane included, so that rare characters (生僻字 such as 𠈌, U+2020C) are kept intact;
 * Latin letters; the middle dot {@code ·} (U+00B7) that separates the parts of minority
 * and transliterated names (阿依古丽·买买提); and single spaces between words. Length is counted
 * in characters as a person sees them (Unicode code points), 1 to {@value #MAX_LENGTH},
 * not in UTF-16 units, so a name of rare characters is not cut short.
 * <p>
 * The constructor normalises, so every instance is in canonical form and two spellings of
 * the same name compare equal:
 * <ul>
 * <li>NFC normalisation. Note that NFC also maps CJK compatibility ideographs (U+F900
 * block and its supplement) to their unified equivalents; that is what makes the same
 * name typed on two machines equal.</li>
 * <li>Invisible characters that come with copy and paste (zero-width space and joiners,
 * word joiner, byte-order mark) are removed.</li>
 * <li>Dots that people type for the middle dot (・ U+30FB, ･ U+FF65, • U+2022, ‧ U+2027, ∙
 * U+2219, ⋅ U+22C5) become U+00B7; spaces around a middle dot are dropped.</li>
 * <li>Full-width Latin letters become ASCII letters.</li>
 * <li>Any run of spaces (ASCII, no-break, ideographic) becomes one ASCII space, and the
 * name is trimmed.</li>
 * </ul>
 * Then it checks size ({@code EMPTY}, {@code TOO_LONG}), characters ({@code CHARACTERS})
 * and syntax ({@code SEPARATORS}). Normalising is idempotent, so reading a stored name
 * back through the constructor changes nothing. Private-use characters are refused: some
 * older systems put rare characters there, but such a character means nothing on another
 * machine.
 *
 * @param value the name in canonical form
 */
public record PersonName(String value) {

	/** The longest name, in code points. */
	public static final int MAX_LENGTH = 50;

	private static final char MIDDLE_DOT = '\u00B7';

	/**
	 * Normalises and checks a name.
	 * @throws InvalidPersonNameException with the first problem found
	 */
	public PersonName {
		Objects.requireNonNull(value, "value");
		value = normalise(value);
		check(value);
	}

	/**
	 * Reads a name, typed or stored.
	 * @param raw the name
	 * @return the name in canonical form
	 * @throws InvalidPersonNameException with the first problem found
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static PersonName of(String raw) {
		return new PersonName(raw);
	}

	/**
	 * The name in canonical form.
	 * @return the name
	 */
	@Override
	@JsonValue
	public String value() {
		return this.value;
	}

	/**
	 * The length as a person counts it.
	 * @return the number of code points
	 */
	public int codePointLength() {
		return this.value.codePointCount(0, this.value.length());
	}

	/**
	 * The name itself, as shown on screens and notices.
	 * @return {@link #value()}
	 */
	@Override
	public String toString() {
		return this.value;
	}

	private static String normalise(String raw) {
		String composed = Normalizer.normalize(raw, Normalizer.Form.NFC);
		StringBuilder mapped = new StringBuilder(composed.length());
		composed.codePoints().forEach((codePoint) -> {
			if (isInvisible(codePoint)) {
				return;
			}
			if (isSpace(codePoint)) {
				mapped.append(' ');
			}
			else if (isDotVariant(codePoint)) {
				mapped.append(MIDDLE_DOT);
			}
			else if (codePoint >= '\uFF21' && codePoint <= '\uFF3A') {
				mapped.append((char) ('A' + (codePoint - '\uFF21')));
			}
			else if (codePoint >= '\uFF41' && codePoint <= '\uFF5A') {
				mapped.append((char) ('a' + (codePoint - '\uFF41')));
			}
			else {
				mapped.appendCodePoint(codePoint);
			}
		});
		return mapped.toString().replaceAll(" *\u00B7 *", "\u00B7").replaceAll(" {2,}", " ").strip();
	}

	private static boolean isInvisible(int codePoint) {
		return codePoint == 0x200B || codePoint == 0x200C || codePoint == 0x200D || codePoint == 0x2060
				|| codePoint == 0xFEFF;
	}

	/**
	 * Space separators only: tabs and line breaks inside a name are refused, not folded.
	 */
	private static boolean isSpace(int codePoint) {
		return Character.getType(codePoint) == Character.SPACE_SEPARATOR;
	}

	private static boolean isDotVariant(int codePoint) {
		return codePoint == 0x30FB || codePoint == 0xFF65 || codePoint == 0x2022 || codePoint == 0x2027
				|| codePoint == 0x2219 || codePoint == 0x22C5;
	}

	private static void check(String value) {
		if (value.isEmpty()) {
			throw new InvalidPersonNameException(PersonNameProblem.EMPTY);
		}
		if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
			throw new InvalidPersonNameException(PersonNameProblem.TOO_LONG);
		}
		int[] codePoints = value.codePoints().toArray();
		for (int i = 0; i < codePoints.length; i++) {
			if (!isAllowed(codePoints[i])) {
				throw new InvalidPersonNameException(codePoints[i], i + 1);
			}
		}
		boolean previousWasSeparator = true;
		for (int codePoint : codePoints) {
			boolean separator = codePoint == MIDDLE_DOT || codePoint == ' ';
			if (separator && previousWasSeparator) {
				throw new InvalidPersonNameException(PersonNameProblem.SEPARATORS);
			}
			previousWasSeparator = separator;
		}
		if (previousWasSeparator) {
			throw new InvalidPersonNameException(PersonNameProblem.SEPARATORS);
		}
	}

	private static boolean isAllowed(int codePoint) {
		if (codePoint == MIDDLE_DOT || codePoint == ' ') {
			return true;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		if (script == Character.UnicodeScript.HAN) {
			// HAN also holds radicals and other non-ideographs; Tangut and other
			// ideographic scripts are not HAN
			return Character.isIdeographic(codePoint);
		}
		return script == Character.UnicodeScript.LATIN && Character.isLetter(codePoint);
	}

}
