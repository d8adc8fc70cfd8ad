package org.bianmin.model.catalog;

/**
 * How an item is handled at the centre (办件类型).
 */
public enum ItemCategory {

	/** 即办件: decided on the spot; both limits are 0. */
	INSTANT,

	/** 当日办结件: decided within the working day; the promised limit is at most 1. */
	SAME_DAY,

	/** 限时办结件: decided within the promised number of working days. */
	TIME_LIMITED,

	/** 代办服务件: handled by a proxy agent, so proxy filing must be allowed. */
	PROXY,

	/** 不见面办件: handled without the applicant coming in. */
	NO_VISIT

}
