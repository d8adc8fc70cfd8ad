package org.bianmin.hub.publicsite.ui;

import org.bianmin.model.catalog.ItemCode;

/** Paths of the public service guides, for links from other features. */
public final class GuideNavigation {

	/** The index of all guides. */
	public static final String INDEX = "guide";

	private GuideNavigation() {
	}

	/** The guide of one item, e.g. {@code guide/S-002}. */
	public static String pathOf(ItemCode code) {
		return INDEX + "/" + code.value();
	}

}
