package org.bianmin.model.cases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.bianmin.model.node.NodeCode;

/**
 * A case's query code (查询码): short, typed by residents and clerks, printed on notices
 * with a QR code, and unique county-wide by construction, without asking the hub.
 *
 * <h2>Layout</h2> The canonical form is <pre>
 * yyMMdd  sequence  node code  check
 * 261125  007       T01        U       →  261125007T01U, shown as 261125-007-T01-U
 * </pre>
 * <ul>
 * <li>the date the node issued the code, 6 digits, years 2000-2099;</li>
 * <li>the node's sequence for that day, from 1, zero-padded to at least 3 digits, more
 * digits when a node issues 1000 or more codes in a day;</li>
 * <li>the issuing {@link NodeCode} (2-6 characters, a letter first);</li>
 * <li>one check character over all of the above.</li>
 * </ul>
 * Only upper-case ASCII letters and digits, so the code fits the QR alphanumeric mode and
 * types on any keyboard.
 *
 * <h2>Why it is unique by construction</h2> Node codes are unique county-wide, and a node
 * never issues the same sequence twice on one day; so distinct (node, date, sequence)
 * triples are distinct cases. The layout maps distinct triples to distinct strings
 * because a string parses back in exactly one way: the date is the first 6 characters;
 * the sequence is the run of digits after it, which the node code ends because a node
 * code starts with a letter; the node code is the rest up to the check character; and the
 * sequence's padding is fixed. The node code is not put first, as it might seem natural,
 * because node codes may end in digits ({@code T01}) and the sequence's length varies:
 * {@code AB1} on 2021-12-31 with sequence 1 and {@code AB} on 2012-11-23 with sequence
 * 1001 would both read {@code AB1211231001}. Two-digit years repeat after 2099, a century
 * beyond this system's life.
 *
 * <h2>Check character</h2> Residents mistype codes, and the public page must tell them so
 * instead of showing another case or "not found". The check character is Damm's algorithm
 * over the 36 characters 0-9A-Z: the characters are folded, left to right, through a
 * totally anti-symmetric quasigroup of order 36, and the check character brings the fold
 * back to 0. Being a quasigroup (every row and column of its table a permutation) catches
 * every single-character substitution; total anti-symmetry ({@code (c*x)*y = (c*y)*x}
 * only when {@code x = y}) catches every swap of two neighbouring characters, the check
 * character included. The quasigroup is the direct product of {@code x*y = ωx + y} over
 * GF(4) and {@code x*y = 2x + y} over Z/9; character value {@code v} is the pair
 * {@code (v / 9, v % 9)}. ISO 7064 MOD 37,36 was considered and rejected: as a hybrid
 * system it misses one pair of neighbouring values swapped for each running state; with
 * it, {@code 261125003T01Z} with {@code 01} swapped reads {@code 261125003T10Z}, a valid
 * code of node {@code T10}. ISO 7064 MOD 37-2 would need {@code *} as a check character.
 * <p>
 * {@link #parse(String)} checks the layout before the check character: input that is not
 * shaped like a code at all (an ID number typed into the wrong box) is reported as
 * {@link QueryCodeProblem#FORMAT}, and a typing slip that leaves a code-shaped string is
 * caught by the check character, {@link QueryCodeProblem#CHECK_CHARACTER}.
 *
 * @param node the issuing node
 * @param date the day the node issued the code
 * @param sequence the node's sequence number for that day, from 1
 */
public record QueryCode(NodeCode node, LocalDate date, int sequence) {

	private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private static final int DATE_LENGTH = 6;

	private static final int MIN_SEQUENCE_DIGITS = 3;

	private static final int MAX_SEQUENCE_DIGITS = String.valueOf(Integer.MAX_VALUE).length();

	private static final int MIN_LENGTH = DATE_LENGTH + MIN_SEQUENCE_DIGITS + NodeCode.MIN_LENGTH + 1;

	private static final int MAX_LENGTH = DATE_LENGTH + MAX_SEQUENCE_DIGITS + NodeCode.MAX_LENGTH + 1;

	/**
	 * Multiplication by ω, a root of x² + x + 1, in GF(4) with elements 0, 1, ω, ω² as
	 * 0-3.
	 */
	private static final int[] TIMES_OMEGA = { 0, 2, 3, 1 };

	/**
	 * Checks the parts of a code.
	 * @throws IllegalArgumentException if the year is outside 2000-2099 or the sequence
	 * is below 1
	 */
	public QueryCode {
		Objects.requireNonNull(node, "node");
		Objects.requireNonNull(date, "date");
		if (date.getYear() < 2000 || date.getYear() > 2099) {
			throw new IllegalArgumentException("Query codes carry two-digit years: 2000-2099 only, not " + date);
		}
		if (sequence < 1) {
			throw new IllegalArgumentException("Query code sequences start at 1, not " + sequence);
		}
	}

	/**
	 * Issues the code for a node's sequence number on a day. The caller keeps the
	 * per-node-per-day sequence and must never reuse one.
	 * @param node the issuing node
	 * @param date the day
	 * @param sequence the node's sequence number for that day, from 1
	 * @return the query code
	 */
	public static QueryCode issue(NodeCode node, LocalDate date, int sequence) {
		return new QueryCode(node, date, sequence);
	}

	/**
	 * Reads a code as a person typed it. Normalises first: removes spaces and hyphens
	 * (ASCII, full-width and ideographic, as in the {@link #display()} form), turns
	 * full-width letters and digits into ASCII and upper-cases. Then checks, in this
	 * order, {@code EMPTY}, {@code FORMAT} (length, characters, then layout) and
	 * {@code CHECK_CHARACTER}.
	 * @param typed what was typed or scanned
	 * @return the query code
	 * @throws InvalidQueryCodeException with the first problem found
	 */
	public static QueryCode parse(String typed) {
		return of(normalise(typed));
	}

	/**
	 * Reads a code back from storage or the wire: canonical form only, nothing
	 * normalised.
	 * @param canonical e.g. {@code 261125007T01U}
	 * @return the query code
	 * @throws InvalidQueryCodeException with the first problem found
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static QueryCode of(String canonical) {
		int length = canonical.length();
		if (length == 0) {
			throw new InvalidQueryCodeException(QueryCodeProblem.EMPTY, length);
		}
		if (length < MIN_LENGTH || length > MAX_LENGTH || !inAlphabet(canonical)) {
			throw new InvalidQueryCodeException(QueryCodeProblem.FORMAT, length);
		}
		String body = canonical.substring(0, length - 1);
		QueryCode code = layoutOf(body);
		if (code == null || !code.body().equals(body)) {
			throw new InvalidQueryCodeException(QueryCodeProblem.FORMAT, length);
		}
		if (fold(canonical) != 0) {
			throw new InvalidQueryCodeException(QueryCodeProblem.CHECK_CHARACTER, length);
		}
		return code;
	}

	/**
	 * The canonical form, for storage, the wire and the QR code.
	 * @return e.g. {@code 261125007T01U}
	 */
	@JsonValue
	public String value() {
		String body = body();
		return body + ALPHABET.charAt(checkValue(body));
	}

	/**
	 * The code grouped for reading aloud and printing; {@link #parse(String)} reads it
	 * back.
	 * @return e.g. {@code 261125-007-T01-U}
	 */
	public String display() {
		String value = value();
		return dateDigits() + "-" + sequenceDigits() + "-" + this.node.value() + "-" + value.charAt(value.length() - 1);
	}

	/**
	 * The canonical form.
	 * @return {@link #value()}
	 */
	@Override
	public String toString() {
		return value();
	}

	private String body() {
		return dateDigits() + sequenceDigits() + this.node.value();
	}

	private String dateDigits() {
		return String.format(Locale.ROOT, "%02d%02d%02d", this.date.getYear() % 100, this.date.getMonthValue(),
				this.date.getDayOfMonth());
	}

	private String sequenceDigits() {
		return String.format(Locale.ROOT, "%0" + MIN_SEQUENCE_DIGITS + "d", this.sequence);
	}

	private static String normalise(String typed) {
		StringBuilder normalised = new StringBuilder(typed.length());
		typed.codePoints().forEach((codePoint) -> {
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || isHyphen(codePoint)) {
				return;
			}
			// the full-width forms U+FF01-U+FF5E mirror ASCII U+0021-U+007E
			int ascii = (codePoint >= 0xFF01 && codePoint <= 0xFF5E) ? codePoint - 0xFEE0 : codePoint;
			normalised.appendCodePoint((ascii >= 'a' && ascii <= 'z') ? ascii - 'a' + 'A' : ascii);
		});
		return normalised.toString();
	}

	private static boolean isHyphen(int codePoint) {
		return codePoint == '-' || codePoint == 0xFF0D || (codePoint >= 0x2010 && codePoint <= 0x2015)
				|| codePoint == 0x2212;
	}

	private static boolean inAlphabet(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (ALPHABET.indexOf(value.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Splits a body (the code without its check character) into its parts.
	 * @return the code, or {@code null} if the body is not laid out as a code
	 */
	private static QueryCode layoutOf(String body) {
		int sequenceEnd = DATE_LENGTH;
		while (sequenceEnd < body.length() && isDigit(body.charAt(sequenceEnd))) {
			sequenceEnd++;
		}
		int sequenceDigits = sequenceEnd - DATE_LENGTH;
		if (sequenceDigits < MIN_SEQUENCE_DIGITS || sequenceDigits > MAX_SEQUENCE_DIGITS
				|| !allDigits(body, 0, DATE_LENGTH)) {
			return null;
		}
		try {
			LocalDate date = LocalDate.of(2000 + Integer.parseInt(body, 0, 2, 10), Integer.parseInt(body, 2, 4, 10),
					Integer.parseInt(body, 4, 6, 10));
			long sequence = Long.parseLong(body, DATE_LENGTH, sequenceEnd, 10);
			if (sequence < 1 || sequence > Integer.MAX_VALUE) {
				return null;
			}
			return new QueryCode(new NodeCode(body.substring(sequenceEnd)), date, (int) sequence);
		}
		catch (DateTimeException | NodeCode.InvalidNodeCodeException ex) {
			return null;
		}
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

	/** The check character's value: the one that brings the fold of the body to 0. */
	private static int checkValue(String body) {
		int state = fold(body);
		for (int candidate = 0; candidate < ALPHABET.length(); candidate++) {
			if (combine(state, candidate) == 0) {
				return candidate;
			}
		}
		throw new IllegalStateException("The quasigroup table is not a Latin square");
	}

	/** Folds the characters through the quasigroup from state 0. */
	private static int fold(String characters) {
		int state = 0;
		for (int i = 0; i < characters.length(); i++) {
			state = combine(state, ALPHABET.indexOf(characters.charAt(i)));
		}
		return state;
	}

	/**
	 * The totally anti-symmetric quasigroup of order 36: {@code ωx + y} on the GF(4)
	 * part, {@code 2x + y mod 9} on the Z/9 part. Package-private so a test can check its
	 * laws exhaustively.
	 * @param state the running state, 0-35
	 * @param symbol the next character's value, 0-35
	 * @return the next state, 0-35
	 */
	static int combine(int state, int symbol) {
		int field = TIMES_OMEGA[state / 9] ^ (symbol / 9);
		int ring = (2 * (state % 9) + symbol % 9) % 9;
		return field * 9 + ring;
	}

}
