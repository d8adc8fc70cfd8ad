package org.bianmin.model.cases;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One line of a one-time correction notice (一次性告知书): a material that is missing or
 * faulty, and what the applicant must do about it.
 */
public record MaterialIssue(String material, Kind kind, @Nullable String note) {

	public MaterialIssue {
		Objects.requireNonNull(material, "material");
		Objects.requireNonNull(kind, "kind");
		note = TextRules.optional(note, 200, "note");
		if (kind == Kind.FAULTY && note == null) {
			throw new IllegalArgumentException("a faulty material needs a note saying what is wrong");
		}
	}

	/** Missing altogether, or handed in but faulty. */
	public enum Kind {

		MISSING, FAULTY

	}

}
