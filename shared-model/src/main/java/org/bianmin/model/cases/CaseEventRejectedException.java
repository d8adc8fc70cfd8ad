package org.bianmin.model.cases;

/**
 * An event that cannot be applied to a case. The hub answers NOT_OWNER for
 * {@link Reason#NOT_OWNER} and keeps every other one in quarantine with its reason.
 */
public class CaseEventRejectedException extends RuntimeException {

	private final Reason reason;

	private final RuleViolation violation;

	public CaseEventRejectedException(Reason reason, RuleViolation violation) {
		super(reason + ": " + violation);
		this.reason = reason;
		this.violation = violation;
	}

	public Reason reason() {
		return this.reason;
	}

	public RuleViolation violation() {
		return this.violation;
	}

	/** The kinds of reason, each with its own answer in sync. */
	public enum Reason {

		/** The event's node does not own the case now. */
		NOT_OWNER,

		/**
		 * The event does not follow the case's last one (a gap, or a first event that is
		 * not FILED).
		 */
		OUT_OF_SEQUENCE,

		/** The lifecycle does not allow this event in the case's status. */
		ILLEGAL_IN_STATUS,

		/** The event breaks a rule of the case (e.g. a key material deferred). */
		BREAKS_RULE

	}

}
