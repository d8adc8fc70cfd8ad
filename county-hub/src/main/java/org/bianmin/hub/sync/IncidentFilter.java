package org.bianmin.hub.sync;

import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.AckStatus;
import org.jspecify.annotations.Nullable;

/**
 * Which kept incidents a list shows (the sync-health screen links to the incidents of one
 * node and one answer).
 *
 * @param node only this node's, or every node's
 * @param status only incidents with this answer, or all
 * @param unresolvedOnly only those no person has resolved yet
 */
public record IncidentFilter(@Nullable NodeCode node, @Nullable AckStatus status, boolean unresolvedOnly) {

	/** Every incident. */
	public static final IncidentFilter ALL = new IncidentFilter(null, null, false);

	public IncidentFilter {
		if (status != null && status.isSettled()) {
			throw new IllegalArgumentException("only refused events are incidents: " + status);
		}
	}

}
