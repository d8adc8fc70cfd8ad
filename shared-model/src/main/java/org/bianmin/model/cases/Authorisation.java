package org.bianmin.model.cases;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The resident's consent (委托) that a proxy agent acts for them. An agent cannot file for
 * a resident without one; it is part of the case's record.
 *
 * @param givenOn the day the resident gave it
 * @param scope this case only, or standing
 * @param form how it was given
 * @param witness who witnessed a verbal authorisation (required for that form only)
 */
public record Authorisation(LocalDate givenOn, Scope scope, Form form, @Nullable String witness) {

	public Authorisation {
		Objects.requireNonNull(givenOn, "givenOn");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(form, "form");
		if (witness != null) {
			witness = witness.strip();
			if (witness.isEmpty()) {
				witness = null;
			}
		}
		if (form == Form.WITNESSED_VERBAL && witness == null) {
			throw new IllegalArgumentException("a witnessed verbal authorisation needs the witness's name");
		}
		if (witness != null && witness.codePointCount(0, witness.length()) > 50) {
			throw new IllegalArgumentException("witness name must be at most 50 characters");
		}
	}

	/** What the authorisation covers. */
	public enum Scope {

		/** This case only. */
		THIS_CASE,

		/** Standing: any case the resident asks the agent to handle. */
		STANDING

	}

	/**
	 * How the resident gave it: those who cannot sign may give it by fingerprint or
	 * verbally before a witness.
	 */
	public enum Form {

		/** 签字书面委托. */
		SIGNED_PAPER,

		/** 按手印. */
		FINGERPRINT,

		/** 见证口头委托. */
		WITNESSED_VERBAL

	}

}
