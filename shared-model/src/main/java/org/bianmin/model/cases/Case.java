package org.bianmin.model.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.bianmin.model.calendar.Deadline;
import org.bianmin.model.calendar.Pause;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.TimeLimitClock;
import org.bianmin.model.catalog.ItemCategory;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.jspecify.annotations.Nullable;

/**
 * A case (办件) as the fold of its events. Nothing sets these fields but {@link CaseFold},
 * so a case is always what its timeline says; see {@link #replay(List)}.
 *
 * @param id made at the filing node
 * @param version the sequence of the last event applied
 * @param status where it stands in the lifecycle
 * @param owner the only node that may write it now
 * @param filing what was filed, and where
 * @param channel how it came in (may change while a draft)
 * @param materials the state of every required material
 * @param submittedAt when it was last handed in (the correction-notice window runs from
 * here)
 * @param correction the open correction notice's lines, empty when none is open
 * @param acceptance when it was accepted and what was deferred, once accepted
 * @param refusalReasons why it was refused, if it was
 * @param decision the decision, once decided
 * @param delivery how and when the result was handed out
 * @param rating the applicant's rating (once per case)
 * @param followUp the follow-up a bad rating opened
 * @param missedMaterials deferred materials not supplied in time, if the case was
 * terminated
 * @param lastChangedAt when the last event was recorded
 */
public record Case(CaseId id, int version, CaseStatus status, NodeCode owner, Filing filing, Channel channel,
		Map<String, MaterialState> materials, @Nullable Instant submittedAt, List<MaterialIssue> correction,
		@Nullable Acceptance acceptance, List<String> refusalReasons, @Nullable Decision decision,
		@Nullable Delivery delivery, @Nullable Rating rating, @Nullable FollowUp followUp, List<String> missedMaterials,
		Instant lastChangedAt) {

	public Case {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(filing, "filing");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(lastChangedAt, "lastChangedAt");
		materials = Map.copyOf(materials);
		correction = List.copyOf(correction);
		refusalReasons = List.copyOf(refusalReasons);
		missedMaterials = List.copyOf(missedMaterials);
	}

	/**
	 * The case its events make, in sequence order.
	 * @throws CaseEventRejectedException if the events do not make a valid case
	 */
	public static Case replay(List<CaseEvent> events) {
		if (events.isEmpty()) {
			throw new IllegalArgumentException("a case needs at least its filing event");
		}
		Case folded = CaseFold.start(events.getFirst());
		for (CaseEvent event : events.subList(1, events.size())) {
			folded = folded.apply(event);
		}
		return folded;
	}

	/**
	 * This case with one more event applied. An event already applied (its sequence is
	 * not after this case's version) changes nothing, so a replayed event is harmless.
	 * @throws CaseEventRejectedException if the event may not happen to this case now
	 */
	public Case apply(CaseEvent event) {
		return CaseFold.apply(this, event);
	}

	public QueryCode queryCode() {
		return this.filing.queryCode();
	}

	public ItemTerms item() {
		return this.filing.item();
	}

	public boolean isOwnedBy(NodeCode node) {
		return this.owner.equals(node);
	}

	/** Deferred materials not yet supplied, in the order they were deferred. */
	public List<Deferral> outstandingDeferrals() {
		if (this.acceptance == null) {
			return List.of();
		}
		return this.acceptance.deferrals()
			.stream()
			.filter((d) -> !this.acceptance.supplied().containsKey(d.material()))
			.toList();
	}

	/**
	 * Materials the applicant must still bring: missing ones and outstanding deferrals.
	 */
	public List<String> materialsStillOwed() {
		List<String> owed = new ArrayList<>();
		for (ItemTerms.MaterialTerm term : item().materials()) {
			MaterialState state = this.materials.get(term.name());
			if (state == MaterialState.MISSING || state == MaterialState.DEFERRED) {
				owed.add(term.name());
			}
		}
		return owed;
	}

	/** The day the case was decided, refused or terminated: the clock stops there. */
	public Optional<Instant> finishedAt() {
		if (this.decision != null) {
			return Optional.of(this.decision.at());
		}
		if (this.status == CaseStatus.TERMINATED || this.status == CaseStatus.REFUSED) {
			return Optional.of(this.lastChangedAt);
		}
		return Optional.empty();
	}

	/**
	 * The case's time limits on a day, from its acceptance: the clock stops while
	 * deferred materials are outstanding (waiting for the applicant) and at the decision.
	 * @return nothing before acceptance (the clock has not started)
	 */
	public Optional<TimeLimits> timeLimits(TimeLimitClock clock, LocalDate today) {
		if (this.acceptance == null) {
			return Optional.empty();
		}
		LocalDate acceptedOn = ServiceTime.dayOf(this.acceptance.at());
		List<Pause> pauses = waitingForApplicant(acceptedOn);
		LocalDate finishedOn = finishedAt().map(ServiceTime::dayOf).orElse(null);
		Deadline promised = clock.deadline(acceptedOn, limitDays(item().promisedLimitDays()), pauses, today,
				finishedOn);
		Deadline legal = clock.deadline(acceptedOn, limitDays(item().legalLimitDays()), pauses, today, finishedOn);
		return Optional.of(new TimeLimits(promised, legal));
	}

	/**
	 * A same-day item (当日办结件) is due on the day of acceptance whatever its guide says in
	 * days: the clock counts a limit of N days from the day after acceptance, so the "1
	 * day" such guides give would otherwise mean the next working day.
	 */
	private int limitDays(int days) {
		return (item().category() == ItemCategory.SAME_DAY) ? 0 : days;
	}

	private List<Pause> waitingForApplicant(LocalDate acceptedOn) {
		Acceptance accepted = Objects.requireNonNull(this.acceptance);
		if (accepted.deferrals().isEmpty()) {
			return List.of();
		}
		// all deferrals start at acceptance, so the time spent waiting is one pause that
		// ends
		// when the last of them is supplied
		if (!outstandingDeferrals().isEmpty()) {
			return List.of(new Pause(acceptedOn, null));
		}
		LocalDate lastSupplied = accepted.supplied().values().stream().max(LocalDate::compareTo).orElse(acceptedOn);
		return List.of(new Pause(acceptedOn, lastSupplied));
	}

	/**
	 * What was filed, where and by whom; fixed once filed.
	 *
	 * @param queryCode the short code printed for the resident
	 * @param item the item's terms the case is pinned to
	 * @param applicant the applicant's details as filed
	 * @param node the filing node
	 * @param level the filing node's level
	 * @param proxyAgent the agent acting for the resident, for proxy channels
	 * @param authorisation the resident's consent, for proxy channels
	 * @param at when it was filed
	 * @param by who filed it
	 */
	public record Filing(QueryCode queryCode, ItemTerms item, ApplicantSnapshot applicant, NodeCode node,
			NodeLevel level, @Nullable StaffRef proxyAgent, @Nullable Authorisation authorisation, Instant at,
			StaffRef by) {

		public Filing {
			Objects.requireNonNull(queryCode, "queryCode");
			Objects.requireNonNull(item, "item");
			Objects.requireNonNull(applicant, "applicant");
			Objects.requireNonNull(node, "node");
			Objects.requireNonNull(level, "level");
			Objects.requireNonNull(at, "at");
			Objects.requireNonNull(by, "by");
		}

	}

	/**
	 * The acceptance: when the clock started, what was deferred and when each deferred
	 * material arrived.
	 */
	public record Acceptance(Instant at, StaffRef by, NodeCode node, List<Deferral> deferrals,
			Map<String, LocalDate> supplied) {

		public Acceptance {
			deferrals = List.copyOf(deferrals);
			supplied = Map.copyOf(supplied);
		}

	}

	/** The decision and who made it. */
	public record Decision(DecisionOutcome outcome, List<String> reasons, Instant at, StaffRef by, NodeCode node) {

		public Decision {
			reasons = List.copyOf(reasons);
		}

	}

	/** How and when the result reached the applicant. */
	public record Delivery(DeliveryMethod method, Instant at, StaffRef by) {
	}

	/** The applicant's rating. */
	public record Rating(RatingLevel level, @Nullable String comment, Instant at) {
	}

	/** The follow-up (整改) a bad rating opened; closed by a supervisor with a response. */
	public record FollowUp(LocalDate dueDate, Instant openedAt, @Nullable Instant closedAt, @Nullable String response,
			@Nullable StaffRef closedBy) {

		public boolean isOpen() {
			return this.closedAt == null;
		}

	}

	/** The promised and the legal limit of a case on a day. */
	public record TimeLimits(Deadline promised, Deadline legal) {
	}

}
