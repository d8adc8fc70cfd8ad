package org.bianmin.hub.publicsite.ui;

import org.bianmin.model.cases.QueryCode;

/**
 * Links to the public progress query, e.g. for the QR code on a notice or the demo
 * banner.
 */
public final class ProgressQueryNavigation {

	private ProgressQueryNavigation() {
	}

	/**
	 * The path of the query page with the code filled in, e.g. {@code q/260302001QSX}.
	 */
	public static String pathOf(QueryCode code) {
		return "q/" + code.value();
	}

}
