package org.bianmin.model.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;

/**
 * Turns commands into events. It checks the rules that need the calendar, the clock or
 * the place the command is given at; every other rule is the fold's, which it runs on the
 * new events before answering, so a command is refused exactly when one of its events
 * would be.
 */
public final class CaseDecider {

	private CaseDecider() {
	}

	/**
	 * Decides a command.
	 * @param current the case, or null for {@link CaseCommand.File}
	 * @param command what is asked
	 * @param context who asks, where and when
	 * @return the events and the case they make, or why not
	 */
	public static CommandResult decide(@Nullable Case current, CaseCommand command, CommandContext context) {
		try {
			if (command instanceof CaseCommand.File file) {
				return file(file, context);
			}
			if (current == null) {
				throw new IllegalArgumentException("only filing makes a new case");
			}
			if (!current.isOwnedBy(context.place().node())) {
				return denied("case.rule.notOwner", context.place().node(), current.owner());
			}
			List<CaseChange> changes = changes(current, command, context);
			return apply(current, changes, context);
		}
		catch (RuleBroken broken) {
			return new CommandResult.Denied(broken.violation);
		}
		catch (CaseEventRejectedException rejected) {
			return new CommandResult.Denied(rejected.violation());
		}
		catch (IllegalArgumentException invalid) {
			return new CommandResult.Denied(RuleViolation.of("case.rule.invalidInput", invalid.getMessage()));
		}
	}

	private static CommandResult file(CaseCommand.File file, CommandContext context) {
		NetworkPlace place = context.place();
		if (!file.item().acceptAt().contains(place.level())) {
			throw broken("case.rule.notAcceptedAtThisLevel", file.item().name());
		}
		StaffRef agent = null;
		if (file.channel().isProxy()) {
			if (!file.item().proxyAllowed()) {
				throw broken("case.rule.proxyNotAllowed", file.item().name());
			}
			if (context.actor().role() != Role.PROXY_AGENT) {
				throw broken("case.rule.proxyChannelNeedsAgent");
			}
			if (file.authorisation() == null) {
				throw broken("case.rule.authorisationRequired");
			}
			if (file.authorisation().givenOn().isAfter(context.today())) {
				throw broken("case.rule.authorisationInFuture");
			}
			agent = context.actor().who();
		}
		else if (place.level() == NodeLevel.VILLAGE) {
			throw broken("case.rule.villageFilesByProxy");
		}
		CaseChange.Filed filed = new CaseChange.Filed(file.queryCode(),
				ItemTerms.of(file.item(), file.catalogVersion()), file.applicant(), file.channel(), place.level(),
				agent, file.channel().isProxy() ? file.authorisation() : null, file.materials());
		CaseEvent first = event(file.caseId(), 1, filed, context);
		Case created = CaseFold.start(first);
		return new CommandResult.Done(created, List.of(first));
	}

	private static List<CaseChange> changes(Case current, CaseCommand command, CommandContext context) {
		NetworkPlace place = context.place();
		return switch (command) {
			case CaseCommand.File file -> throw new IllegalStateException("handled above");
			case CaseCommand.UpdateDraft update ->
				List.of(new CaseChange.DraftUpdated(update.channel(), update.materials()));
			case CaseCommand.Submit submit -> List.of(new CaseChange.Submitted(
					(place.level() == NodeLevel.VILLAGE) ? place.parentTownship() : place.node()));
			case CaseCommand.RequestCorrection request -> {
				requireCorrectionWindow(current, context);
				yield List.of(new CaseChange.CorrectionRequested(request.issues()));
			}
			case CaseCommand.Resubmit resubmit -> List.of(new CaseChange.Resubmitted(resubmit.materials()));
			case CaseCommand.Accept accept -> accept(current, accept, context);
			case CaseCommand.Refuse refuse -> List.of(new CaseChange.Refused(refuse.reasons()));
			case CaseCommand.Forward forward -> {
				requireLevel(place, NodeLevel.TOWNSHIP);
				yield List.of(new CaseChange.Forwarded(place.hub()));
			}
			case CaseCommand.Receive receive -> {
				requireLevel(place, NodeLevel.COUNTY);
				yield List.of(new CaseChange.Received());
			}
			case CaseCommand.StartReview start -> {
				requireLevel(place, current.item().decidedAt());
				yield List.of(new CaseChange.ReviewStarted());
			}
			case CaseCommand.Decide decide -> decide(current, decide, place);
			case CaseCommand.SupplyDeferred supply ->
				List.of(new CaseChange.DeferredMaterialSupplied(supply.material()));
			case CaseCommand.ReleaseResult release -> {
				requireLevel(place, NodeLevel.COUNTY);
				Case.Acceptance acceptance = current.acceptance();
				if (acceptance == null) {
					throw broken("case.rule.illegalInStatus", "RESULT_RELEASED", current.status());
				}
				yield List.of(new CaseChange.ResultReleased(acceptance.node()));
			}
			case CaseCommand.Deliver deliver -> List.of(new CaseChange.Delivered(deliver.method()));
			case CaseCommand.Rate rate -> rate(rate, context);
			case CaseCommand.CloseFollowUp close -> List.of(new CaseChange.FollowUpClosed(close.response()));
			case CaseCommand.AttachScan scan -> List.of(new CaseChange.MaterialScanned(scan.material(), scan.sha256(),
					scan.mediaType(), scan.size(), scan.fileName()));
			case CaseCommand.AcceptRefusedEvent accept -> {
				// only the county resolves sync incidents; the owner check above already
				// refused it unless the hub owns the case now
				requireLevel(place, NodeLevel.COUNTY);
				CaseEvent refused = accept.refused();
				if (!refused.caseId().equals(current.id())) {
					throw broken("case.rule.invalidInput", "the refused event belongs to another case");
				}
				yield List.of(new CaseChange.SyncResolved(refused.id(), refused.node(), refused.actor(),
						accept.reason(), refused.change()));
			}
			case CaseCommand.TerminateOverdue terminate -> {
				LocalDate today = context.today();
				List<String> overdue = current.outstandingDeferrals()
					.stream()
					.filter((d) -> d.dueDate().isBefore(today))
					.map(Deferral::material)
					.toList();
				if (overdue.isEmpty()) {
					throw broken("case.rule.terminateOnlyOverdueDeferrals");
				}
				yield List.of(new CaseChange.Terminated(overdue));
			}
		};
	}

	private static void requireCorrectionWindow(Case current, CommandContext context) {
		if (current.submittedAt() == null) {
			return;
		}
		LocalDate submittedOn = org.bianmin.model.calendar.ServiceTime.dayOf(current.submittedAt());
		int elapsed = context.calendar().workingDaysBetween(submittedOn, context.today());
		if (elapsed > context.policy().correctionNoticeWorkingDays()) {
			// 逾期不告知的，自收到申请材料之日起即为受理
			throw broken("case.rule.correctionWindowPassed", context.policy().correctionNoticeWorkingDays());
		}
	}

	private static List<CaseChange> accept(Case current, CaseCommand.Accept accept, CommandContext context) {
		requireLevel(context.place(), NodeLevel.TOWNSHIP);
		ItemTerms item = current.item();
		LocalDate promisedDue = context.calendar().plusWorkingDays(context.today(), item.promisedLimitDays());
		for (Deferral deferral : accept.deferrals()) {
			if (deferral.dueDate().isAfter(promisedDue)) {
				throw broken("case.rule.deferralDueAfterPromisedLimit", deferral.material(), promisedDue);
			}
		}
		List<CaseChange> changes = new ArrayList<>();
		changes.add(new CaseChange.Accepted(accept.deferrals()));
		if (item.isInstant()) {
			// 即办件: decided on the spot
			changes.add(new CaseChange.Decided(DecisionOutcome.APPROVED, List.of()));
		}
		return changes;
	}

	private static List<CaseChange> decide(Case current, CaseCommand.Decide decide, NetworkPlace place) {
		requireLevel(place, current.item().decidedAt());
		CaseChange.Decided decided = new CaseChange.Decided(decide.outcome(), decide.reasons());
		boolean reviewUnderWay = current.status() == CaseStatus.IN_REVIEW;
		boolean instantAtAcceptance = current.status() == CaseStatus.ACCEPTED && current.item().isInstant();
		if (reviewUnderWay || instantAtAcceptance) {
			return List.of(decided);
		}
		return List.of(new CaseChange.ReviewStarted(), decided);
	}

	private static List<CaseChange> rate(CaseCommand.Rate rate, CommandContext context) {
		CaseChange.Rated rated = new CaseChange.Rated(rate.level(), rate.comment());
		if (!rate.level().isBad()) {
			return List.of(rated);
		}
		LocalDate due = context.calendar().plusWorkingDays(context.today(), context.policy().followUpWorkingDays());
		return List.of(rated, new CaseChange.FollowUpOpened(due, context.place().hub()));
	}

	private static CommandResult apply(Case current, List<CaseChange> changes, CommandContext context) {
		Case after = current;
		List<CaseEvent> events = new ArrayList<>();
		for (CaseChange change : changes) {
			CaseEvent event = event(current.id(), after.version() + 1, change, context);
			after = after.apply(event);
			events.add(event);
		}
		return new CommandResult.Done(after, events);
	}

	private static CaseEvent event(CaseId caseId, int sequence, CaseChange change, CommandContext context) {
		return new CaseEvent(context.eventIds().get(), caseId, sequence, context.place().node(), context.actor(),
				context.now(), CaseEvent.SCHEMA_VERSION, change);
	}

	private static void requireLevel(NetworkPlace place, NodeLevel level) {
		if (place.level() != level) {
			throw broken("case.rule.wrongLevel", level);
		}
	}

	private static CommandResult denied(String key, Object... args) {
		return new CommandResult.Denied(RuleViolation.of(key, args));
	}

	private static RuleBroken broken(String key, Object... args) {
		return new RuleBroken(RuleViolation.of(key, args));
	}

	/** A command rule broken; caught in {@link #decide} and answered as a refusal. */
	private static final class RuleBroken extends RuntimeException {

		private final transient RuleViolation violation;

		RuleBroken(RuleViolation violation) {
			super(violation.toString(), null, false, false);
			this.violation = violation;
		}

	}

}
