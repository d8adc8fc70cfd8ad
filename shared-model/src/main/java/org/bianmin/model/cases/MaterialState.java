package org.bianmin.model.cases;

/** The state of one required material on a case. */
public enum MaterialState {

	/** Handed in and found in order. */
	RECEIVED,

	/** Not (yet) handed in. */
	MISSING,

	/**
	 * To be supplied later on a written commitment (容缺受理); only for non-key materials.
	 */
	DEFERRED

}
