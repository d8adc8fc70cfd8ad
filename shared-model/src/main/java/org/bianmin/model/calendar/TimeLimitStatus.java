package org.bianmin.model.calendar;

/**
 * 红黄绿效能监管: the time-limit status of a case.
 */
public enum TimeLimitStatus {

	/** 绿灯: on track. */
	GREEN,

	/** 黄灯: within the warning window; the due day itself is yellow. */
	YELLOW,

	/** 红灯: overdue (still running after the due date, or finished after it). */
	RED

}
