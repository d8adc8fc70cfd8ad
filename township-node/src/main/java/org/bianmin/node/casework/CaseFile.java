package org.bianmin.node.casework;

import java.time.LocalDate;
import java.util.List;

import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.StaffRef;
import org.jspecify.annotations.Nullable;

/**
 * A case as its page shows it.
 *
 * @param current the case
 * @param timeline every event, oldest first
 * @param limits the promised and legal limit today; null before acceptance
 * @param today the county's today the limits were worked out on
 * @param standingInFor the absent clerk the viewer would act for (A/B post), if any
 * @param mayAct whether the viewer may act on the case here (a window clerk)
 * @param latestDeferralDue the last day a deferred material may be promised for if the
 * case is accepted today (the promised limit); null unless it waits for acceptance
 */
public record CaseFile(Case current, List<CaseEvent> timeline, Case.@Nullable TimeLimits limits, LocalDate today,
		@Nullable StaffRef standingInFor, boolean mayAct, @Nullable LocalDate latestDeferralDue) {

	public CaseFile {
		timeline = List.copyOf(timeline);
	}

}
