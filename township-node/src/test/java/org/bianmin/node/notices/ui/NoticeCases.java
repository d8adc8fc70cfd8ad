package org.bianmin.node.notices.ui;

import java.time.LocalDate;
import java.util.List;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.WorkingCalendar;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.DecisionOutcome;
import org.bianmin.model.cases.Deferral;
import org.bianmin.model.cases.MaterialIssue;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.node.casework.CaseCommandService;

import static org.bianmin.model.cases.CaseFixtures.AGENT;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.MEDICAL_ENROLMENT;
import static org.bianmin.model.cases.CaseFixtures.RELIEF;

/**
 * Cases at each stage a notice documents, made through {@link CaseCommandService} as the
 * window would make them.
 */
final class NoticeCases {

	static final String DEFERRED = "困难情况证明材料";

	static final List<MaterialIssue> CORRECTION_ISSUES = List.of(
			new MaterialIssue("临时救助申请书", MaterialIssue.Kind.MISSING, "须申请人本人签字"),
			new MaterialIssue("居民身份证", MaterialIssue.Kind.FAULTY, "复印件字迹不清，请重新复印"),
			new MaterialIssue(DEFERRED, MaterialIssue.Kind.MISSING, null));

	static final List<String> REFUSAL_REASONS = List.of("申请人不属于本县户籍居民", "所申请事项不属于本中心受理范围");

	private final CaseCommandService service;

	private final WorkingCalendar calendar;

	NoticeCases(CaseCommandService service, WorkingCalendar calendar) {
		this.service = service;
		this.calendar = calendar;
	}

	/**
	 * RELIEF accepted with its non-key material deferred on the applicant's commitment.
	 */
	Case acceptedWithDeferral() {
		Case submitted = submitted(CaseFixtures.fileAtWindow(RELIEF,
				CaseFixtures.receivedExcept(RELIEF, MaterialState.MISSING, DEFERRED)));
		LocalDate due = this.calendar.plusWorkingDays(ServiceTime.dayOf(submitted.lastChangedAt()), 3);
		return done(submitted, new CaseCommand.Accept(List.of(new Deferral(DEFERRED, due, "王𠈌兰"))));
	}

	/** RELIEF waiting for a correction of two missing and one faulty material. */
	Case needingCorrection() {
		Case submitted = submitted(CaseFixtures.fileAtWindow(RELIEF,
				CaseFixtures.receivedExcept(RELIEF, MaterialState.MISSING, "临时救助申请书", DEFERRED)));
		return done(submitted, new CaseCommand.RequestCorrection(CORRECTION_ISSUES));
	}

	Case refused() {
		Case submitted = submitted(CaseFixtures.fileAtWindow(RELIEF, CaseFixtures.all(RELIEF, MaterialState.RECEIVED)));
		return done(submitted, new CaseCommand.Refuse(REFUSAL_REASONS));
	}

	/** An instant item: accepted and approved on the spot. */
	Case decidedInstantly() {
		Case submitted = submitted(CaseFixtures.fileAtWindow(MEDICAL_ENROLMENT,
				CaseFixtures.all(MEDICAL_ENROLMENT, MaterialState.RECEIVED)));
		Case decided = done(submitted, new CaseCommand.Accept(List.of()));
		if (decided.decision() == null || decided.decision().outcome() != DecisionOutcome.APPROVED) {
			throw new AssertionError("an instant item is decided at acceptance");
		}
		return decided;
	}

	/** Filed by a proxy agent; the resident still owes a material. */
	Case filedByProxy() {
		CommandResult result = this.service.file(
				CaseFixtures.fileByProxy(RELIEF, CaseFixtures.receivedExcept(RELIEF, MaterialState.MISSING, DEFERRED)),
				AGENT);
		return ((CommandResult.Done) result).after();
	}

	/** The county day of the case's last event: the date its newest notice carries. */
	LocalDate lastEventDay(Case found) {
		List<CaseEvent> timeline = this.service.timeline(found.id());
		return ServiceTime.dayOf(timeline.getLast().recordedAt());
	}

	private Case submitted(CaseCommand.File file) {
		Case filed = ((CommandResult.Done) this.service.file(file, CLERK)).after();
		return done(filed, new CaseCommand.Submit());
	}

	private Case done(Case current, CaseCommand command) {
		CommandResult result = this.service.handle(current.id(), command, CLERK);
		if (result instanceof CommandResult.Done done) {
			return done.after();
		}
		throw new AssertionError("expected " + command + " to be done but: " + result);
	}

}
