package org.bianmin.hub.staff;

import java.util.Objects;
import java.util.UUID;

import org.bianmin.model.node.NodeCode;

/**
 * A staff account changed (opened, edited, enabled or disabled, password reset, A/B post
 * named): published by {@link StaffAccountService} inside the transaction of the change,
 * once for every node concerned (the old and the new one when a person moves), so that a
 * listener can send the account down to that node in the same transaction.
 *
 * @param userId the account
 * @param node a node whose users changed
 */
public record StaffAccountChanged(UUID userId, NodeCode node) {

	public StaffAccountChanged {
		Objects.requireNonNull(userId, "userId");
		Objects.requireNonNull(node, "node");
	}

}
