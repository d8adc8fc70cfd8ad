package org.bianmin.hub.cases;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.RatingLevel;
import org.jspecify.annotations.Nullable;

/**
 * What a county list of cases is narrowed to. Every field is optional; together they are
 * and-ed. The signed-in user's {@link CaseScope} is applied on top, always.
 *
 * @param queryCode a query code as typed (any case, with or without hyphens)
 * @param resident a resident's name (its beginning) or ID number (in any form a person
 * types it: spaces, lower-case x, full-width digits)
 * @param itemCode the service item
 * @param department the deciding department
 * @param township the accepting township's node code
 * @param village the applicant's village
 * @param statuses the statuses let through; empty for any
 * @param colour the time-limit colour today
 * @param filedFrom filed on or after this day
 * @param filedTo filed on or before this day
 * @param owner the node that owns the case now
 * @param running only cases whose clock runs (accepted, not yet decided)
 * @param waitingOnApplicant only cases waiting for the applicant (a correction notice
 * open, or deferred materials outstanding)
 * @param rating the rating given
 * @param followUp the state of the follow-up of a bad rating
 */
public record CaseFilter(@Nullable String queryCode, @Nullable String resident, @Nullable String itemCode,
		@Nullable String department, @Nullable String township, @Nullable String village, Set<CaseStatus> statuses,
		@Nullable TimeLimitStatus colour, @Nullable LocalDate filedFrom, @Nullable LocalDate filedTo,
		@Nullable String owner, boolean running, boolean waitingOnApplicant, @Nullable RatingLevel rating,
		@Nullable FollowUpState followUp) {

	/** Everything (within the user's scope). */
	public static final CaseFilter NONE = new CaseFilter(null, null, null, null, null, null, Set.of(), null, null, null,
			null, false, false, null, null);

	/** The statuses in which the clock runs: accepted and not yet decided. */
	public static final Set<CaseStatus> RUNNING = EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.IN_REVIEW,
			CaseStatus.FORWARDED, CaseStatus.RECEIVED);

	public CaseFilter {
		statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
		queryCode = blankToNull(queryCode);
		resident = blankToNull(resident);
		village = blankToNull(village);
	}

	public CaseFilter withStatuses(Set<CaseStatus> newStatuses) {
		return new CaseFilter(this.queryCode, this.resident, this.itemCode, this.department, this.township,
				this.village, newStatuses, this.colour, this.filedFrom, this.filedTo, this.owner, this.running,
				this.waitingOnApplicant, this.rating, this.followUp);
	}

	public CaseFilter withOwner(@Nullable String newOwner) {
		return new CaseFilter(this.queryCode, this.resident, this.itemCode, this.department, this.township,
				this.village, this.statuses, this.colour, this.filedFrom, this.filedTo, newOwner, this.running,
				this.waitingOnApplicant, this.rating, this.followUp);
	}

	public CaseFilter withFollowUp(@Nullable FollowUpState newFollowUp) {
		return new CaseFilter(this.queryCode, this.resident, this.itemCode, this.department, this.township,
				this.village, this.statuses, this.colour, this.filedFrom, this.filedTo, this.owner, this.running,
				this.waitingOnApplicant, this.rating, newFollowUp);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** Where a bad rating's follow-up (整改) stands. */
	public enum FollowUpState {

		/** Every follow-up, open or closed. */
		ALL,

		/** Open, its deadline not passed. */
		OPEN,

		/** Open after its deadline: shown red. */
		OVERDUE,

		/** Closed by a supervisor. */
		CLOSED

	}

}
