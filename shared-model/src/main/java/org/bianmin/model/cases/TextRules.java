package org.bianmin.model.cases;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Size rules for the free text a case carries (reasons, notes, names typed by staff). */
final class TextRules {

	private TextRules() {
	}

	static String required(@Nullable String text, int maxCodePoints, String field) {
		String stripped = (text != null) ? text.strip() : "";
		if (stripped.isEmpty()) {
			throw new IllegalArgumentException(field + " must not be blank");
		}
		if (stripped.codePointCount(0, stripped.length()) > maxCodePoints) {
			throw new IllegalArgumentException(field + " must be at most " + maxCodePoints + " characters");
		}
		return stripped;
	}

	static @Nullable String optional(@Nullable String text, int maxCodePoints, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return required(text, maxCodePoints, field);
	}

	static List<String> reasons(List<String> reasons) {
		List<String> cleaned = reasons.stream().map((r) -> required(r, 500, "reason")).toList();
		if (cleaned.size() > 20) {
			throw new IllegalArgumentException("at most 20 reasons");
		}
		return cleaned;
	}

}
