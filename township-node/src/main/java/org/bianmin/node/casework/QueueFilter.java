package org.bianmin.node.casework;

import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.CaseStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the clerk narrowed the queue to; every part is optional.
 *
 * @param status one status
 * @param itemCode one item
 * @param village the applicant's village
 * @param colour one time-limit colour (on the promised limit)
 * @param onlyYellowAndRed only cases in the warning window or overdue (只看黄牌红牌)
 * @param minAgeDays only cases filed at least this many days ago
 */
public record QueueFilter(@Nullable CaseStatus status, @Nullable String itemCode, @Nullable String village,
		@Nullable TimeLimitStatus colour, boolean onlyYellowAndRed, @Nullable Integer minAgeDays) {

	public static final QueueFilter NONE = new QueueFilter(null, null, null, null, false, null);

	public QueueFilter {
		if (minAgeDays != null && minAgeDays < 0) {
			throw new IllegalArgumentException("age cannot be negative");
		}
	}

}
