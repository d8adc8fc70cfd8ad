package org.bianmin.hub.staff;

import java.util.Objects;
import java.util.UUID;

import org.bianmin.model.node.NodeCode;

/**
 * Published inside the transaction of every change to a staff account (created, edited,
 * enabled or disabled, password or roles changed): the sync feed sends the account to its
 * node (docs/sync-protocol.md 6.1). Every change of an account must go through
 * {@link StaffAccountService}, which publishes this; an account that moves to another
 * node publishes one for each of the two nodes.
 *
 * @param userId the account
 * @param node the node the account works at (the hub's own code for county staff)
 */
public record StaffAccountChanged(UUID userId, NodeCode node) {

	public StaffAccountChanged {
		Objects.requireNonNull(userId, "userId");
		Objects.requireNonNull(node, "node");
	}

}
