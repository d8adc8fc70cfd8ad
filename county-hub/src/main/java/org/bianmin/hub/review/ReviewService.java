package org.bianmin.hub.review;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.bianmin.hub.cases.CaseCommandService;
import org.bianmin.hub.cases.CaseFilter;
import org.bianmin.hub.cases.CaseListService;
import org.bianmin.hub.cases.CaseNotFoundException;
import org.bianmin.hub.cases.CaseRow;
import org.bianmin.hub.cases.CaseScope;
import org.bianmin.hub.catalog.CatalogService;
import org.bianmin.hub.identity.HubIdentity;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.TimeLimitClock;
import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.staff.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's case page and the reviewer's actions, as the signed-in user: who may see a
 * case ({@link CaseScope}: a reviewer their department's, a supervisor every case), who
 * may do what (reviewers decide, supervisors close follow-ups), and the one rule of its
 * own: a decided county result goes back to the township at once, in the same
 * transaction, unless deferred materials hold it (the shared rules refuse the release
 * then, and the page says why).
 */
@Service
public class ReviewService {

	/** The inbox: county items the hub holds until their result goes back. */
	public static final Set<CaseStatus> INBOX = EnumSet.of(CaseStatus.FORWARDED, CaseStatus.RECEIVED,
			CaseStatus.IN_REVIEW, CaseStatus.DECIDED);

	private final CaseCommandService commands;

	private final CaseListService lists;

	private final CatalogService catalog;

	private final TimeLimitClock timeLimitClock;

	private final Clock clock;

	private final HubIdentity hub;

	ReviewService(CaseCommandService commands, CaseListService lists, CatalogService catalog,
			TimeLimitClock timeLimitClock, Clock clock, HubIdentity hub) {
		this.commands = commands;
		this.lists = lists;
		this.catalog = catalog;
		this.timeLimitClock = timeLimitClock;
		this.clock = clock;
		this.hub = hub;
	}

	/**
	 * The inbox filter: the hub's own county cases, narrowed further by the screen; the
	 * user's department scope is added by the list service.
	 * @param narrowed what the screen narrowed the inbox to (its statuses, if any, must
	 * be inbox statuses)
	 */
	public CaseFilter inbox(CaseFilter narrowed) {
		Set<CaseStatus> statuses = narrowed.statuses().isEmpty() ? INBOX : narrowed.statuses();
		return narrowed.withStatuses(statuses).withOwner(this.hub.code().value());
	}

	/**
	 * The case page.
	 * @throws CaseNotFoundException if the case is not here or not the user's to see
	 */
	@Transactional(readOnly = true)
	public ReviewCase open(SignedInUser user, CaseId id) {
		CaseRow row = this.lists.find(user, id).orElseThrow(() -> new CaseNotFoundException(id));
		Case current = this.commands.find(id);
		Case.TimeLimits limits = current.timeLimits(this.timeLimitClock, ServiceTime.today(this.clock)).orElse(null);
		return new ReviewCase(current, row,
				this.catalog.item(current.item().code(), current.item().catalogVersion()).orElse(null), limits,
				this.commands.history(id), actions(user, current));
	}

	/**
	 * Carries out an action as the user.
	 * @throws CaseNotFoundException if the case is not here or not the user's to see
	 */
	@Transactional
	public ReviewResult act(SignedInUser user, CaseId id, ReviewAction action) {
		this.lists.find(user, id).orElseThrow(() -> new CaseNotFoundException(id));
		Role role = (action instanceof ReviewAction.CloseFollowUp) ? Role.SUPERVISOR : Role.REVIEWER;
		if (!user.hasRole(role)) {
			return ReviewResult.refused(RuleViolation.of("case.rule.roleMayNot"));
		}
		Actor actor = Actor.of(new StaffRef(user.username(), user.displayName()), role);
		CaseCommand command = switch (action) {
			case ReviewAction.Receive receive -> new CaseCommand.Receive();
			case ReviewAction.StartReview start -> new CaseCommand.StartReview();
			case ReviewAction.Decide decide -> new CaseCommand.Decide(decide.outcome(), decide.reasons());
			case ReviewAction.Release release -> new CaseCommand.ReleaseResult();
			case ReviewAction.SupplyDeferred supply -> new CaseCommand.SupplyDeferred(supply.material());
			case ReviewAction.CloseFollowUp close -> new CaseCommand.CloseFollowUp(close.response());
		};
		CommandResult result = this.commands.handle(id, command, actor);
		if (result instanceof CommandResult.Denied denied) {
			return ReviewResult.refused(denied.violation());
		}
		if (action instanceof ReviewAction.Decide || action instanceof ReviewAction.Release) {
			return release(id, actor, action instanceof ReviewAction.Release);
		}
		return ReviewResult.done();
	}

	private ReviewResult release(CaseId id, Actor actor, boolean alreadyReleased) {
		if (alreadyReleased) {
			return new ReviewResult(null, true, null);
		}
		CommandResult released = this.commands.handle(id, new CaseCommand.ReleaseResult(), actor);
		if (released instanceof CommandResult.Denied held) {
			return new ReviewResult(null, false, held.violation());
		}
		return new ReviewResult(null, true, null);
	}

	private Set<ReviewAction.Kind> actions(SignedInUser user, Case current) {
		Set<ReviewAction.Kind> actions = EnumSet.noneOf(ReviewAction.Kind.class);
		if (!current.isOwnedBy(this.hub.code())) {
			return actions;
		}
		if (user.hasRole(Role.REVIEWER)) {
			switch (current.status()) {
				case FORWARDED -> actions.add(ReviewAction.Kind.RECEIVE);
				case RECEIVED -> actions.addAll(EnumSet.of(ReviewAction.Kind.START_REVIEW, ReviewAction.Kind.DECIDE));
				case IN_REVIEW -> actions.add(ReviewAction.Kind.DECIDE);
				case DECIDED -> actions.add(ReviewAction.Kind.RELEASE);
				default -> {
				}
			}
			if (!current.outstandingDeferrals().isEmpty()
					&& EnumSet.of(CaseStatus.RECEIVED, CaseStatus.IN_REVIEW, CaseStatus.DECIDED)
						.contains(current.status())) {
				actions.add(ReviewAction.Kind.SUPPLY_DEFERRED);
			}
		}
		if (user.hasRole(Role.SUPERVISOR) && current.followUp() != null && current.followUp().isOpen()) {
			actions.add(ReviewAction.Kind.CLOSE_FOLLOW_UP);
		}
		return actions;
	}

}
