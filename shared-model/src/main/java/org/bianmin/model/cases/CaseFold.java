package org.bianmin.model.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.cases.CaseEventRejectedException.Reason;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;

/**
 * Applies events to cases. Every event is checked here before it changes anything:
 * sequence, owner, the lifecycle, the role of who did it, and each rule a case must
 * always keep. The same checks run on a command at the node (before its events are saved)
 * and on an event arriving at the hub, so an event a node could not have made is refused
 * everywhere alike.
 *
 * <p>
 * Rules that need the working-day calendar or the current time are the commands' (see
 * {@link CaseDecider}): a fold that depended on a calendar could fold the same events
 * differently at two places holding different calendar data.
 */
final class CaseFold {

	private static final Set<Role> FILERS = EnumSet.of(Role.PROXY_AGENT, Role.WINDOW_CLERK);

	private static final Set<Role> WINDOW = EnumSet.of(Role.WINDOW_CLERK);

	private static final Set<Role> DECIDERS = EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWER);

	private static final Set<Role> DESK_STAFF = EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.PROXY_AGENT);

	private static final Set<Role> ANY = EnumSet.allOf(Role.class);

	private CaseFold() {
	}

	static Case start(CaseEvent event) {
		if (event.sequence() != 1 || !(event.change() instanceof CaseChange.Filed filed)) {
			throw rejected(Reason.OUT_OF_SEQUENCE, "case.rule.mustStartWithFiling");
		}
		requireRole(event, FILERS);
		checkMaterials(filed.item(), filed.materials());
		if (filed.channel().isProxy() && (filed.proxyAgent() == null || filed.authorisation() == null)) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.authorisationRequired");
		}
		if (filed.filedAtLevel() == NodeLevel.COUNTY) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.filedAtNode");
		}
		Case.Filing filing = new Case.Filing(filed.queryCode(), filed.item(), filed.applicant(), event.node(),
				filed.filedAtLevel(), filed.proxyAgent(), filed.authorisation(), event.recordedAt(),
				event.actor().who());
		return new Case(event.caseId(), 1, CaseStatus.DRAFT, event.node(), filing, filed.channel(), filed.materials(),
				null, List.of(), null, List.of(), null, null, null, null, List.of(), event.recordedAt());
	}

	static Case apply(Case current, CaseEvent event) {
		if (!event.caseId().equals(current.id())) {
			throw new IllegalArgumentException("event " + event.id() + " belongs to another case");
		}
		if (event.sequence() <= current.version()) {
			return current;
		}
		if (event.sequence() != current.version() + 1) {
			throw rejected(Reason.OUT_OF_SEQUENCE, "case.rule.gap", current.version() + 1, event.sequence());
		}
		if (!current.isOwnedBy(event.node())) {
			throw rejected(Reason.NOT_OWNER, "case.rule.notOwner", event.node(), current.owner());
		}
		if (event.change() instanceof CaseChange.SyncResolved resolved) {
			return syncResolved(current, event, resolved);
		}
		Next next = new Next(current, event);
		switch (event.change()) {
			case CaseChange.Filed filed -> throw rejected(Reason.OUT_OF_SEQUENCE, "case.rule.alreadyFiled");
			case CaseChange.DraftUpdated updated -> draftUpdated(next, updated);
			case CaseChange.Submitted submitted -> submitted(next, submitted);
			case CaseChange.CorrectionRequested requested -> correctionRequested(next, requested);
			case CaseChange.Resubmitted resubmitted -> resubmitted(next, resubmitted);
			case CaseChange.Accepted accepted -> accepted(next, accepted);
			case CaseChange.Refused refused -> refused(next, refused);
			case CaseChange.ReviewStarted started -> reviewStarted(next);
			case CaseChange.Forwarded forwarded -> forwarded(next, forwarded);
			case CaseChange.Received received -> received(next);
			case CaseChange.Decided decided -> decided(next, decided);
			case CaseChange.DeferredMaterialSupplied supplied -> deferredMaterialSupplied(next, supplied);
			case CaseChange.ResultReleased released -> resultReleased(next, released);
			case CaseChange.Delivered delivered -> delivered(next, delivered);
			case CaseChange.Rated rated -> rated(next, rated);
			case CaseChange.FollowUpOpened opened -> followUpOpened(next, opened);
			case CaseChange.FollowUpClosed closed -> followUpClosed(next, closed);
			case CaseChange.Terminated terminated -> terminated(next, terminated);
			case CaseChange.MaterialScanned scanned -> materialScanned(next, scanned);
			case CaseChange.SyncResolved resolved -> throw new IllegalStateException("applied above");
		}
		return next.build();
	}

	private static void draftUpdated(Next next, CaseChange.DraftUpdated updated) {
		next.require(FILERS, CaseStatus.DRAFT);
		checkMaterials(next.item(), updated.materials());
		if (updated.channel().isProxy() && next.current.filing().authorisation() == null) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.authorisationRequired");
		}
		next.channel = updated.channel();
		next.materials = updated.materials();
	}

	private static void submitted(Next next, CaseChange.Submitted submitted) {
		next.require(FILERS, CaseStatus.DRAFT);
		next.status = CaseStatus.SUBMITTED;
		next.owner = submitted.handedTo();
		next.submittedAt = next.event.recordedAt();
	}

	private static void correctionRequested(Next next, CaseChange.CorrectionRequested requested) {
		next.require(WINDOW, CaseStatus.SUBMITTED);
		if (requested.issues().isEmpty()) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.correctionNeedsIssues");
		}
		Set<String> listed = new LinkedHashSet<>();
		for (MaterialIssue issue : requested.issues()) {
			requireMaterial(next.item(), issue.material());
			if (!listed.add(issue.material())) {
				throw rejected(Reason.BREAKS_RULE, "case.rule.correctionListsMaterialTwice", issue.material());
			}
		}
		// 一次性告知: the one notice must name every material that is missing now
		List<String> unlisted = next.materials.entrySet()
			.stream()
			.filter((e) -> e.getValue() == MaterialState.MISSING && !listed.contains(e.getKey()))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		if (!unlisted.isEmpty()) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.correctionMustListEveryMissing", String.join("、", unlisted));
		}
		next.status = CaseStatus.NEEDS_CORRECTION;
		next.correction = requested.issues();
	}

	private static void resubmitted(Next next, CaseChange.Resubmitted resubmitted) {
		next.require(FILERS, CaseStatus.NEEDS_CORRECTION);
		checkMaterials(next.item(), resubmitted.materials());
		next.status = CaseStatus.SUBMITTED;
		next.materials = resubmitted.materials();
		next.submittedAt = next.event.recordedAt();
		next.correction = List.of();
	}

	private static void accepted(Next next, CaseChange.Accepted accepted) {
		next.require(WINDOW, CaseStatus.SUBMITTED);
		ItemTerms item = next.item();
		if (item.isInstant() && !accepted.deferrals().isEmpty()) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.instantItemCannotDefer");
		}
		LocalDate acceptedOn = ServiceTime.dayOf(next.event.recordedAt());
		Map<String, MaterialState> materials = new HashMap<>(next.materials);
		Set<String> deferred = new LinkedHashSet<>();
		for (Deferral deferral : accepted.deferrals()) {
			ItemTerms.MaterialTerm term = requireMaterial(item, deferral.material());
			if (term.key()) {
				throw rejected(Reason.BREAKS_RULE, "case.rule.keyMaterialCannotBeDeferred", term.name());
			}
			if (!deferred.add(term.name())) {
				throw rejected(Reason.BREAKS_RULE, "case.rule.deferredTwice", term.name());
			}
			if (deferral.dueDate().isBefore(acceptedOn)) {
				throw rejected(Reason.BREAKS_RULE, "case.rule.deferralDueInPast", term.name());
			}
			materials.put(term.name(), MaterialState.DEFERRED);
		}
		List<String> stillMissing = materials.entrySet()
			.stream()
			.filter((e) -> e.getValue() != MaterialState.RECEIVED && !deferred.contains(e.getKey()))
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		if (!stillMissing.isEmpty()) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.cannotAcceptWithMissing", String.join("、", stillMissing));
		}
		next.status = CaseStatus.ACCEPTED;
		next.materials = materials;
		next.acceptance = new Case.Acceptance(next.event.recordedAt(), next.event.actor().who(), next.event.node(),
				accepted.deferrals(), Map.of());
	}

	private static void refused(Next next, CaseChange.Refused refused) {
		next.require(WINDOW, CaseStatus.SUBMITTED, CaseStatus.NEEDS_CORRECTION);
		if (refused.reasons().isEmpty()) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.reasonsRequired");
		}
		next.status = CaseStatus.REFUSED;
		next.refusalReasons = refused.reasons();
	}

	private static void reviewStarted(Next next) {
		next.require(DECIDERS, CaseStatus.ACCEPTED, CaseStatus.RECEIVED);
		if (next.current.status() == CaseStatus.ACCEPTED && next.item().decidedAt() == NodeLevel.COUNTY) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.countyItemMustBeForwarded");
		}
		if (next.current.status() == CaseStatus.ACCEPTED && next.item().isInstant()) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.instantItemIsDecidedAtOnce");
		}
		next.status = CaseStatus.IN_REVIEW;
	}

	private static void forwarded(Next next, CaseChange.Forwarded forwarded) {
		next.require(WINDOW, CaseStatus.ACCEPTED);
		if (next.item().decidedAt() != NodeLevel.COUNTY) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.onlyCountyItemsAreForwarded");
		}
		next.status = CaseStatus.FORWARDED;
		next.owner = forwarded.handedTo();
	}

	private static void received(Next next) {
		next.require(ANY, CaseStatus.FORWARDED);
		next.status = CaseStatus.RECEIVED;
	}

	private static void decided(Next next, CaseChange.Decided decided) {
		// an instant item (即办件) goes from ACCEPTED to DECIDED at once; others after
		// review
		boolean instant = next.current.status() == CaseStatus.ACCEPTED && next.item().isInstant();
		if (!instant) {
			next.require(DECIDERS, CaseStatus.IN_REVIEW);
		}
		else {
			next.require(WINDOW, CaseStatus.ACCEPTED);
		}
		if (decided.outcome() == DecisionOutcome.REJECTED && decided.reasons().isEmpty()) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.reasonsRequired");
		}
		next.status = CaseStatus.DECIDED;
		next.decision = new Case.Decision(decided.outcome(), decided.reasons(), next.event.recordedAt(),
				next.event.actor().who(), next.event.node());
	}

	private static void deferredMaterialSupplied(Next next, CaseChange.DeferredMaterialSupplied supplied) {
		next.require(DESK_STAFF, CaseStatus.ACCEPTED, CaseStatus.IN_REVIEW, CaseStatus.RECEIVED, CaseStatus.DECIDED);
		boolean outstanding = next.current.outstandingDeferrals()
			.stream()
			.anyMatch((d) -> d.material().equals(supplied.material()));
		if (!outstanding) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.notAnOutstandingDeferral", supplied.material());
		}
		Case.Acceptance acceptance = next.current.acceptance();
		Map<String, LocalDate> suppliedOn = new HashMap<>(acceptance.supplied());
		suppliedOn.put(supplied.material(), ServiceTime.dayOf(next.event.recordedAt()));
		next.acceptance = new Case.Acceptance(acceptance.at(), acceptance.by(), acceptance.node(),
				acceptance.deferrals(), suppliedOn);
		Map<String, MaterialState> materials = new HashMap<>(next.materials);
		materials.put(supplied.material(), MaterialState.RECEIVED);
		next.materials = materials;
	}

	private static void resultReleased(Next next, CaseChange.ResultReleased released) {
		next.require(DECIDERS, CaseStatus.DECIDED);
		if (next.item().decidedAt() != NodeLevel.COUNTY) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.onlyCountyResultsAreReleased");
		}
		requireNoOutstandingDeferral(next.current);
		next.status = CaseStatus.RESULT_READY;
		next.owner = released.handedTo();
	}

	private static void delivered(Next next, CaseChange.Delivered delivered) {
		next.require(EnumSet.of(Role.WINDOW_CLERK, Role.PROXY_AGENT), CaseStatus.DECIDED, CaseStatus.RESULT_READY);
		if (next.current.status() == CaseStatus.DECIDED && next.item().decidedAt() == NodeLevel.COUNTY) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.countyResultNotReleased");
		}
		requireNoOutstandingDeferral(next.current);
		next.status = CaseStatus.DELIVERED;
		next.delivery = new Case.Delivery(delivered.method(), next.event.recordedAt(), next.event.actor().who());
	}

	private static void rated(Next next, CaseChange.Rated rated) {
		next.require(EnumSet.of(Role.WINDOW_CLERK, Role.PROXY_AGENT), CaseStatus.DELIVERED, CaseStatus.REFUSED,
				CaseStatus.TERMINATED);
		if (next.current.rating() != null) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.alreadyRated");
		}
		next.rating = new Case.Rating(rated.level(), rated.comment(), next.event.recordedAt());
	}

	private static void followUpOpened(Next next, CaseChange.FollowUpOpened opened) {
		next.require(EnumSet.of(Role.WINDOW_CLERK, Role.PROXY_AGENT), CaseStatus.DELIVERED, CaseStatus.REFUSED,
				CaseStatus.TERMINATED);
		Case.Rating rating = next.current.rating();
		if (rating == null || !rating.level().isBad() || next.current.followUp() != null) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.followUpOnlyForBadRating");
		}
		next.followUp = new Case.FollowUp(opened.dueDate(), next.event.recordedAt(), null, null, null);
		next.owner = opened.handedTo();
	}

	private static void followUpClosed(Next next, CaseChange.FollowUpClosed closed) {
		next.require(EnumSet.of(Role.SUPERVISOR), CaseStatus.DELIVERED, CaseStatus.REFUSED, CaseStatus.TERMINATED);
		Case.FollowUp followUp = next.current.followUp();
		if (followUp == null || !followUp.isOpen()) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.noOpenFollowUp");
		}
		next.followUp = new Case.FollowUp(followUp.dueDate(), followUp.openedAt(), next.event.recordedAt(),
				closed.response(), next.event.actor().who());
	}

	private static void terminated(Next next, CaseChange.Terminated terminated) {
		next.require(EnumSet.of(Role.WINDOW_CLERK, Role.REVIEWER, Role.SUPERVISOR), CaseStatus.ACCEPTED,
				CaseStatus.IN_REVIEW, CaseStatus.FORWARDED, CaseStatus.RECEIVED, CaseStatus.DECIDED);
		LocalDate today = ServiceTime.dayOf(next.event.recordedAt());
		List<Deferral> overdue = next.current.outstandingDeferrals()
			.stream()
			.filter((d) -> d.dueDate().isBefore(today))
			.toList();
		List<String> overdueNames = overdue.stream().map(Deferral::material).sorted().toList();
		if (overdue.isEmpty() || !overdueNames.equals(terminated.missedMaterials().stream().sorted().toList())) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.terminateOnlyOverdueDeferrals");
		}
		next.status = CaseStatus.TERMINATED;
		next.missedMaterials = overdueNames;
	}

	/**
	 * A scan may be added by the owner's desk staff while the case is still being worked
	 * on; once it is finished (refused, delivered, terminated) its file is closed.
	 */
	private static void materialScanned(Next next, CaseChange.MaterialScanned scanned) {
		requireRole(next.event, DESK_STAFF);
		if (next.current.status().isFinished()) {
			throw rejected(Reason.ILLEGAL_IN_STATUS, "case.rule.illegalInStatus", next.event.type(),
					next.current.status());
		}
		requireMaterial(next.item(), scanned.material());
	}

	/**
	 * A refused event accepted at the hub: only county supervisors and administrators
	 * resolve sync incidents, and the carried change is applied as the original actor's,
	 * recorded now by this event's node (which the owner check above made sure owns the
	 * case), so every rule of that change holds as if it were made today.
	 */
	private static Case syncResolved(Case current, CaseEvent event, CaseChange.SyncResolved resolved) {
		requireRole(event, EnumSet.of(Role.SUPERVISOR, Role.ADMIN));
		CaseChange accepted = resolved.accepted();
		if (accepted instanceof CaseChange.Filed || accepted instanceof CaseChange.SyncResolved) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.syncResolvedCannotCarry", accepted.type());
		}
		CaseEvent carried = new CaseEvent(event.id(), event.caseId(), event.sequence(), event.node(),
				resolved.originalActor(), event.recordedAt(), event.schemaVersion(), accepted);
		return apply(current, carried);
	}

	private static void checkMaterials(ItemTerms item, Map<String, MaterialState> materials) {
		Set<String> required = new LinkedHashSet<>();
		item.materials().forEach((m) -> required.add(m.name()));
		if (!materials.keySet().equals(required)) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.materialsMustMatchItem", item.code());
		}
		for (ItemTerms.MaterialTerm term : item.materials()) {
			if (term.key() && materials.get(term.name()) == MaterialState.DEFERRED) {
				throw rejected(Reason.BREAKS_RULE, "case.rule.keyMaterialCannotBeDeferred", term.name());
			}
		}
	}

	private static ItemTerms.MaterialTerm requireMaterial(ItemTerms item, String name) {
		return item.material(name)
			.orElseThrow(() -> rejected(Reason.BREAKS_RULE, "case.rule.unknownMaterial", name, item.code()));
	}

	private static void requireNoOutstandingDeferral(Case current) {
		List<String> owed = current.outstandingDeferrals().stream().map(Deferral::material).toList();
		if (!owed.isEmpty()) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.resultHeldForDeferredMaterials", String.join("、", owed));
		}
	}

	private static void requireRole(CaseEvent event, Set<Role> roles) {
		if (!roles.contains(event.actor().role())) {
			throw rejected(Reason.BREAKS_RULE, "case.rule.roleMayNot", event.actor().role(), event.type());
		}
	}

	static CaseEventRejectedException rejected(Reason reason, String key, Object... args) {
		return new CaseEventRejectedException(reason, RuleViolation.of(key, args));
	}

	/**
	 * The case being made from the current one and an event; each rule sets what it
	 * changes.
	 */
	private static final class Next {

		private final Case current;

		private final CaseEvent event;

		private CaseStatus status;

		private NodeCode owner;

		private Channel channel;

		private Map<String, MaterialState> materials;

		private @Nullable Instant submittedAt;

		private List<MaterialIssue> correction;

		private Case.@Nullable Acceptance acceptance;

		private List<String> refusalReasons;

		private Case.@Nullable Decision decision;

		private Case.@Nullable Delivery delivery;

		private Case.@Nullable Rating rating;

		private Case.@Nullable FollowUp followUp;

		private List<String> missedMaterials;

		Next(Case current, CaseEvent event) {
			this.current = current;
			this.event = event;
			this.status = current.status();
			this.owner = current.owner();
			this.channel = current.channel();
			this.materials = current.materials();
			this.submittedAt = current.submittedAt();
			this.correction = current.correction();
			this.acceptance = current.acceptance();
			this.refusalReasons = current.refusalReasons();
			this.decision = current.decision();
			this.delivery = current.delivery();
			this.rating = current.rating();
			this.followUp = current.followUp();
			this.missedMaterials = current.missedMaterials();
		}

		ItemTerms item() {
			return this.current.item();
		}

		void require(Set<Role> roles, CaseStatus... statuses) {
			requireRole(this.event, roles);
			if (!List.of(statuses).contains(this.current.status())) {
				throw rejected(Reason.ILLEGAL_IN_STATUS, "case.rule.illegalInStatus", this.event.type(),
						this.current.status());
			}
		}

		Case build() {
			CaseStatus from = this.current.status();
			if (this.status != from && !from.next().contains(this.status)) {
				throw new IllegalStateException("the fold moved a case from " + from + " to " + this.status);
			}
			return new Case(this.current.id(), this.event.sequence(), this.status, this.owner, this.current.filing(),
					this.channel, this.materials, this.submittedAt, this.correction, this.acceptance,
					this.refusalReasons, this.decision, this.delivery, this.rating, this.followUp, this.missedMaterials,
					this.event.recordedAt());
		}

	}

}
