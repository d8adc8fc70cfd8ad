package org.bianmin.node.residents.ui;

import java.util.UUID;

import com.vaadin.flow.router.RouteParameters;

/**
 * How other features link to residents' screens: by route path and the resident's
 * internal handle, never the ID number.
 */
public final class ResidentsNavigation {

	/** The route of the resident list. */
	public static final String LIST = "residents";

	static final String RESIDENT_PARAMETER = "residentId";

	private ResidentsNavigation() {
	}

	static RouteParameters resident(UUID id) {
		return new RouteParameters(RESIDENT_PARAMETER, id.toString());
	}

}
