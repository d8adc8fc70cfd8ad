package org.bianmin.hub.sync;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One node on the sync-health screen: what the hub last heard from it, judged against the
 * bounds, and the refused events of it the hub keeps unresolved.
 *
 * @param node the node with its contact, skew and last report
 * @param sinceContact how long ago it last made an accepted request, null if never
 * @param contactOverdue never heard from, or silent longer than
 * {@code bianmin.sync.contact-bound}
 * @param clockFlagged its clock was beyond {@code bianmin.sync.clock-skew-bound} at its
 * last request
 * @param conflicts unresolved CONFLICT incidents
 * @param notOwner unresolved NOT_OWNER incidents
 * @param quarantined unresolved QUARANTINED incidents
 */
public record NodeHealth(SyncNode node, @Nullable Duration sinceContact, boolean contactOverdue, boolean clockFlagged,
		long conflicts, long notOwner, long quarantined) {

	public NodeHealth {
		Objects.requireNonNull(node, "node");
	}

	/** Whether anything about the node needs a person's attention. */
	public boolean needsAttention() {
		return this.contactOverdue || this.clockFlagged || this.conflicts + this.notOwner + this.quarantined > 0
				|| (this.node.report() != null && this.node.report().rejectedEvents() > 0);
	}

}
