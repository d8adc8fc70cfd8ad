package org.bianmin.model.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands in its lifecycle (see docs/domain.md for the diagram).
 *
 * <p>
 * The allowed moves between statuses are written here once, apart from the fold that
 * makes them, so that tests can check the fold against this table.
 */
public enum CaseStatus {

	/** Saved by an agent or clerk, not yet handed in. */
	DRAFT,

	/** Handed in and waiting for the window to accept, correct or refuse it. */
	SUBMITTED,

	/** The window issued a one-time correction notice; waiting for the applicant. */
	NEEDS_CORRECTION,

	/** Accepted at the window (possibly with deferred materials); the clock runs. */
	ACCEPTED,

	/** Declined at the window with reasons. Final. */
	REFUSED,

	/**
	 * Being reviewed by whoever decides the item (township window or county reviewer).
	 */
	IN_REVIEW,

	/** A county item handed from the township to the county hub. */
	FORWARDED,

	/** The county hub has taken the forwarded case in. */
	RECEIVED,

	/** Approved or rejected. */
	DECIDED,

	/** The county's decision is back at the township, ready to hand out. */
	RESULT_READY,

	/** The result was handed to the applicant. */
	DELIVERED,

	/** Ended because a deferred material was not supplied by its due date. Final. */
	TERMINATED;

	/** Statuses in which nothing but rating and follow-up can happen any more. */
	public boolean isFinished() {
		return this == REFUSED || this == DELIVERED || this == TERMINATED;
	}

	/** The statuses this one may move to: the lifecycle of docs/domain.md as data. */
	public Set<CaseStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(SUBMITTED);
			case SUBMITTED -> EnumSet.of(NEEDS_CORRECTION, ACCEPTED, REFUSED);
			case NEEDS_CORRECTION -> EnumSet.of(SUBMITTED, REFUSED);
			case ACCEPTED -> EnumSet.of(IN_REVIEW, FORWARDED, DECIDED, TERMINATED);
			case IN_REVIEW -> EnumSet.of(DECIDED, TERMINATED);
			case FORWARDED -> EnumSet.of(RECEIVED, TERMINATED);
			case RECEIVED -> EnumSet.of(IN_REVIEW, TERMINATED);
			case DECIDED -> EnumSet.of(RESULT_READY, DELIVERED, TERMINATED);
			case RESULT_READY -> EnumSet.of(DELIVERED);
			case REFUSED, DELIVERED, TERMINATED -> EnumSet.noneOf(CaseStatus.class);
		};
	}

}
