package org.bianmin.node.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.TimeLimitClock;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseChange;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.staff.Role;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.CaseVisibility;
import org.bianmin.node.casework.CaseNotFoundException;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.staff.StaffPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a case's notices from its record at this node: everything a notice prints comes
 * from the node's own database, so notices print with the network down. A notice is dated
 * on the day of the event it documents, not the day it is printed, so a reprint reads
 * like the original.
 */
@Service
public class NoticeService {

	private final CaseCommandService cases;

	private final NodeIdentity node;

	private final TimeLimitClock timeLimits;

	private final Clock clock;

	private final CaseVisibility visibility;

	public NoticeService(CaseCommandService cases, NodeIdentity node, TimeLimitClock timeLimits, Clock clock,
			CaseVisibility visibility) {
		this.visibility = visibility;
		this.cases = cases;
		this.node = node;
		this.timeLimits = timeLimits;
		this.clock = clock;
	}

	/**
	 * A notice of a case, if the case has reached the stage it documents.
	 * @param id the case
	 * @param kind which notice
	 * @param viewer who asks
	 * @return the notice, or nothing when the case has no such notice (yet)
	 * @throws CaseNotFoundException if there is no such case here or the viewer may not
	 * see it: the two are answered alike
	 */
	@Transactional(readOnly = true)
	public Optional<Notice> notice(CaseId id, NoticeKind kind, StaffPrincipal viewer) {
		Case found = this.cases.find(id);
		if (!this.visibility.mayView(found, viewer)) {
			throw new CaseNotFoundException(id);
		}
		List<CaseEvent> timeline = this.cases.timeline(id);
		return details(found, kind, timeline).map((dated) -> new Notice(this.node.name(), found.queryCode(),
				found.item().name(), found.filing().applicant().name().value(),
				found.filing().applicant().residentId().masked(), ServiceTime.dayOf(dated.at()), dated.details()));
	}

	private Optional<Dated> details(Case found, NoticeKind kind, List<CaseEvent> timeline) {
		return switch (kind) {
			case ACCEPTANCE -> Optional.ofNullable(found.acceptance()).map((accepted) -> acceptance(found, accepted));
			case CORRECTION -> lastCorrectionRequest(timeline).map((event) -> new Dated(event.recordedAt(),
					new Notice.Correction(((CaseChange.CorrectionRequested) event.change()).issues())));
			case REFUSAL -> (found.status() != CaseStatus.REFUSED) ? Optional.empty()
					: timeline.reversed()
						.stream()
						.filter((event) -> event.change() instanceof CaseChange.Refused)
						.findFirst()
						.map((event) -> new Dated(event.recordedAt(), new Notice.Refusal(found.refusalReasons())));
			case COMPLETION -> Optional.ofNullable(found.decision())
				.map((decision) -> new Dated(decision.at(),
						new Notice.Completion(decision.outcome(), decision.reasons())));
			case PROXY_RECEIPT -> Optional.ofNullable(found.filing().proxyAgent())
				.map(StaffRef::name)
				.map((agent) -> new Dated(found.filing().at(),
						new Notice.ProxyReceipt(agent, found.materialsStillOwed())));
		};
	}

	private Dated acceptance(Case found, Case.Acceptance accepted) {
		Case.TimeLimits limits = found.timeLimits(this.timeLimits, ServiceTime.today(this.clock)).orElseThrow();
		return new Dated(accepted.at(), new Notice.Acceptance(limits.promised().dueDate(), limits.legal().dueDate(),
				!found.outstandingDeferrals().isEmpty(), accepted.deferrals()));
	}

	/**
	 * The latest correction request: the open one while the case waits for the applicant,
	 * and still the one to reprint after the applicant brought the materials.
	 */
	private static Optional<CaseEvent> lastCorrectionRequest(List<CaseEvent> timeline) {
		return timeline.reversed()
			.stream()
			.filter((event) -> event.change() instanceof CaseChange.CorrectionRequested)
			.findFirst();
	}

	private record Dated(Instant at, Notice.Details details) {
	}

}
