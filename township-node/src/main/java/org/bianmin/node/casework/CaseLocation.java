package org.bianmin.node.casework;

import org.bianmin.model.cases.NetworkPlace;
import org.bianmin.model.node.NodeCode;

/**
 * Where a case is now, seen from this node: which place owns it and may act on it next.
 */
public enum CaseLocation {

	/** This node holds the case. */
	HERE,

	/** The township this village point belongs to (a submitted village case). */
	TOWNSHIP,

	/** The county hub (a forwarded county item, or a bad rating's follow-up). */
	COUNTY_HUB,

	/** Some other node; not a place a case goes to from here in today's lifecycle. */
	OTHER_NODE;

	/**
	 * Where a case owned by a node is, seen from a place.
	 * @param owner the node that owns the case
	 * @param here where it is seen from
	 * @return the location
	 */
	public static CaseLocation of(NodeCode owner, NetworkPlace here) {
		if (owner.equals(here.node())) {
			return HERE;
		}
		if (owner.equals(here.hub())) {
			return COUNTY_HUB;
		}
		if (owner.equals(here.parentTownship())) {
			return TOWNSHIP;
		}
		return OTHER_NODE;
	}

}
