package org.bianmin.model.node;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The short code an admin registers for a node (the hub, a township centre or a village
 * point), unique county-wide. It is part of every query code the node issues, which is
 * what makes query codes made offline unique; so it is short and easy to type: 2 to 6
 * characters, upper-case ASCII letters and digits, starting with a letter (e.g.
 * {@code T01}, {@code V0307}, {@code HUB}).
 * <p>
 * The constructor trims and upper-cases, so {@code " t01 "} reads as {@code T01}. Only
 * ASCII letters are upper-cased: the characters are checked first, so that letters such
 * as the dotless ı or the long ſ cannot turn into ASCII by case mapping.
 *
 * @param value the code in canonical form
 */
public record NodeCode(String value) {

	/** The shortest code. */
	public static final int MIN_LENGTH = 2;

	/** The longest code. */
	public static final int MAX_LENGTH = 6;

	/**
	 * Normalises and checks a code: size, then characters, then the first character.
	 * @throws InvalidNodeCodeException with the first problem found
	 */
	public NodeCode {
		Objects.requireNonNull(value, "value");
		value = value.strip();
		check(value);
		value = asciiUpperCase(value);
	}

	/**
	 * Reads a code, typed or stored.
	 * @param raw the code
	 * @return the code in canonical form
	 * @throws InvalidNodeCodeException with the first problem found
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static NodeCode of(String raw) {
		return new NodeCode(raw);
	}

	/**
	 * The code in canonical form.
	 * @return 2 to 6 upper-case letters and digits
	 */
	@Override
	@JsonValue
	public String value() {
		return this.value;
	}

	/**
	 * The code itself.
	 * @return {@link #value()}
	 */
	@Override
	public String toString() {
		return this.value;
	}

	private static void check(String value) {
		if (value.isEmpty()) {
			throw new InvalidNodeCodeException(Problem.EMPTY);
		}
		int length = value.codePointCount(0, value.length());
		if (length < MIN_LENGTH || length > MAX_LENGTH) {
			throw new InvalidNodeCodeException(Problem.LENGTH);
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!isAsciiLetter(c) && !(c >= '0' && c <= '9')) {
				throw new InvalidNodeCodeException(Problem.CHARACTERS);
			}
		}
		if (!isAsciiLetter(value.charAt(0))) {
			throw new InvalidNodeCodeException(Problem.FIRST_CHARACTER);
		}
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	}

	private static String asciiUpperCase(String value) {
		char[] chars = value.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] >= 'a' && chars[i] <= 'z') {
				chars[i] = (char) (chars[i] - 'a' + 'A');
			}
		}
		return new String(chars);
	}

	/**
	 * Why a node code was refused, in the order the checks run. The message keys live in
	 * the {@code cases-codes} message area, beside those of the query codes the node code
	 * is part of.
	 */
	public enum Problem {

		/** Nothing left after trimming. */
		EMPTY,

		/** Fewer than 2 or more than 6 characters. */
		LENGTH,

		/** A character other than an ASCII letter or digit. */
		CHARACTERS,

		/** Starts with a digit. */
		FIRST_CHARACTER;

		/**
		 * The key of the text an admin reads.
		 * @return e.g. {@code node.code.problem.LENGTH}
		 */
		public String messageKey() {
			return "node.code.problem." + name();
		}

	}

	/**
	 * A node code was refused. Node codes are not personal data, but the message still
	 * leaves the input out: someone may have typed something else into the wrong field.
	 */
	public static final class InvalidNodeCodeException extends IllegalArgumentException {

		private final Problem problem;

		InvalidNodeCodeException(Problem problem) {
			super("Invalid node code: " + problem.name());
			this.problem = problem;
		}

		/**
		 * What is wrong with the code.
		 * @return the problem
		 */
		public Problem problem() {
			return this.problem;
		}

		/**
		 * The key of the text an admin reads.
		 * @return the problem's message key
		 */
		public String messageKey() {
			return this.problem.messageKey();
		}

	}

}
