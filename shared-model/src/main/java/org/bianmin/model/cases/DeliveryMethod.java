package org.bianmin.model.cases;

/** How the result reached the applicant (统一窗口出件 is the usual way). */
public enum DeliveryMethod {

	/** Handed out at the window. */
	AT_WINDOW,

	/** Brought to the resident by their proxy agent. */
	BY_PROXY_AGENT,

	/** Sent by post. */
	BY_POST

}
