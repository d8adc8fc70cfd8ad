package org.bianmin.hub.publicsite;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.QueryCode;
import org.bianmin.model.node.NodeCode;
import org.jspecify.annotations.Nullable;

/**
 * A case's progress as the public may see it. It has no field for a name, an ID number, a
 * phone or a village, so no page built from it can show one.
 *
 * @param queryCode the case's query code
 * @param itemCode the service item's code
 * @param itemName the service item's name as filed
 * @param status where the case stands now
 * @param steps every change of status, oldest first, with its day
 * @param colour the time-limit colour (红黄绿) against the promised limit, once the clock
 * runs; {@code null} before acceptance and for refused cases
 * @param dueDate the promised due date, once the clock runs
 * @param collectAtNode the centre where the result is collected (the accepting centre),
 * once accepted
 * @param collectAt that centre's name, if the node registry knows it
 */
public record CaseProgress(QueryCode queryCode, String itemCode, String itemName, CaseStatus status, List<Step> steps,
		@Nullable TimeLimitStatus colour, @Nullable LocalDate dueDate, @Nullable NodeCode collectAtNode,
		@Nullable String collectAt) {

	public CaseProgress {
		Objects.requireNonNull(queryCode, "queryCode");
		Objects.requireNonNull(itemCode, "itemCode");
		Objects.requireNonNull(itemName, "itemName");
		Objects.requireNonNull(status, "status");
		steps = List.copyOf(steps);
	}

	/**
	 * One change of status.
	 *
	 * @param status the status the case moved to
	 * @param day the day it moved, in the county's time zone
	 */
	public record Step(CaseStatus status, LocalDate day) {

		public Step {
			Objects.requireNonNull(status, "status");
			Objects.requireNonNull(day, "day");
		}

	}

}
