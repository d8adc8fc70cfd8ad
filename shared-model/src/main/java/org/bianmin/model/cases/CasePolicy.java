package org.bianmin.model.cases;

/**
 * The configurable numbers behind the case rules, in working days.
 *
 * @param correctionNoticeWorkingDays the window has this long after a submission to issue
 * a correction notice; after it the application counts as accepted (the law gives 5 days)
 * @param followUpWorkingDays a follow-up of a bad rating must be closed within this long
 */
public record CasePolicy(int correctionNoticeWorkingDays, int followUpWorkingDays) {

	/**
	 * 5 days for the correction notice (行政许可法 第三十二条); 15 for a bad rating's follow-up.
	 */
	public static final CasePolicy DEFAULT = new CasePolicy(5, 15);

	public CasePolicy {
		if (correctionNoticeWorkingDays < 0 || followUpWorkingDays < 1) {
			throw new IllegalArgumentException("policy days out of range");
		}
	}

}
