package org.bianmin.model.catalog;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The code of a service item: the same at every level (三级四同).
 *
 * @param value 1 to {@value #MAX_LENGTH} letters, digits, '-', '_' or '.'
 */
public record ItemCode(String value) implements Comparable<ItemCode> {

	/** The longest code accepted: room for national codes with a local suffix. */
	public static final int MAX_LENGTH = 32;

	public ItemCode {
		Objects.requireNonNull(value, "value");
		CatalogProblem.Rule broken = brokenRule(value);
		if (broken != null) {
			throw new InvalidCatalogException(List.of(new CatalogProblem(value, "code", broken)));
		}
	}

	/**
	 * Parses a code.
	 * @param value the code as written
	 * @return the code
	 * @throws InvalidCatalogException if the code is blank, too long or has other
	 * characters
	 */
	public static ItemCode of(String value) {
		return new ItemCode(value);
	}

	static CatalogProblem.@Nullable Rule brokenRule(String value) {
		if (value.isBlank()) {
			return CatalogProblem.Rule.CODE_BLANK;
		}
		if (value.length() > MAX_LENGTH) {
			return CatalogProblem.Rule.CODE_TOO_LONG;
		}
		for (int i = 0; i < value.length(); i++) {
			if (!isCodeCharacter(value.charAt(i))) {
				return CatalogProblem.Rule.CODE_BAD_CHARACTERS;
			}
		}
		return null;
	}

	private static boolean isCodeCharacter(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
				|| c == '.';
	}

	@Override
	public int compareTo(ItemCode other) {
		return this.value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
