/**
 * Sync with the nodes, the hub's side of docs/sync-protocol.md: the node registry (节点管理),
 * refused events kept for a person (incidents), and the settings. Sub-packages:
 * {@code auth} signed requests, {@code push} storing pushed events, {@code feed} the
 * per-node pull feed, {@code attachments} chunked uploads, {@code persistence} the
 * tables, {@code ui} the admin screens.
 */
@NullMarked
package org.bianmin.hub.sync;

import org.jspecify.annotations.NullMarked;
