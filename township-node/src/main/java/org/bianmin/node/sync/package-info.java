/**
 * Sync with the county hub (docs/sync-protocol.md): the transactional outbox, the signed
 * client, push, pull with resync, attachment transfer, the node's clock against the
 * hub's, the scheduled run, and what the screens show of it.
 */
@NullMarked
package org.bianmin.node.sync;

import org.jspecify.annotations.NullMarked;
