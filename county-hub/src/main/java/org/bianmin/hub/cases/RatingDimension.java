package org.bianmin.hub.cases;

/** What the ratings distribution is broken down by. */
public enum RatingDimension {

	/** The accepting township. */
	TOWNSHIP,

	/** The window (服务窗口): the node where the case was filed. */
	WINDOW,

	/** The clerk who accepted the case (首问负责). */
	CLERK,

	/** The service item. */
	ITEM,

	/** The month of the rating. */
	MONTH

}
