/**
 * The per-node pull feed: written in the transactions that cause it, read by GET
 * /sync/v1/feed (docs/sync-protocol.md 6, 8).
 */
@NullMarked
package org.bianmin.hub.sync.feed;

import org.jspecify.annotations.NullMarked;
