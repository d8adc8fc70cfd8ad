package org.bianmin.hub.sync;

import org.bianmin.model.node.NodeCode;

/**
 * Published inside the transaction that registers a node: its feed starts with the
 * current catalog and the node's accounts (docs/sync-protocol.md 6.1).
 *
 * @param code the new node
 */
public record NodeRegistered(NodeCode code) {
}
