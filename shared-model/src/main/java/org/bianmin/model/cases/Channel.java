package org.bianmin.model.cases;

/**
 * How a case came in. The four proxy channels are the ways of proxy work of the plan:
 * 马上办, 代着办, 领着办, 流动办.
 */
public enum Channel {

	/** 窗口受理: the applicant came to the window. */
	WINDOW(false),

	/** 马上办: an agent handles it on the spot. */
	IMMEDIATE(true),

	/** 代着办: an agent handles it on the resident's behalf. */
	ON_BEHALF(true),

	/** 领着办: an agent accompanies the resident. */
	ACCOMPANIED(true),

	/** 流动办: a home visit by an agent. */
	HOME_VISIT(true),

	/** 不见面办: handled without the applicant coming in. */
	NO_VISIT(false);

	private final boolean proxy;

	Channel(boolean proxy) {
		this.proxy = proxy;
	}

	/** Whether an agent acts for the resident, which needs a recorded authorisation. */
	public boolean isProxy() {
		return this.proxy;
	}

}
