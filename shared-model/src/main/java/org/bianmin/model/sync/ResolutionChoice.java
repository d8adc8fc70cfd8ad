package org.bianmin.model.sync;

/**
 * What a person at the county hub decided about a refused event (a sync incident,
 * docs/sync-protocol.md 5.4). Wire names: never change once released.
 */
public enum ResolutionChoice {

	/**
	 * The node's change is recorded again, now, on the case by the hub as a
	 * {@code SYNC_RESOLVED} event, because the case rules allow it now and the hub owns
	 * the case.
	 */
	ACCEPT_NODE,

	/** The hub's record stands; the node's event is not recorded anywhere. */
	KEEP_HUB,

	/** The node's event is void (e.g. recorded by mistake), with a reason. */
	DISCARD

}
