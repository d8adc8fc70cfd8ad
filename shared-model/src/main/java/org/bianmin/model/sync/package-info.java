/**
 * The sync wire contract between nodes and the hub: protocol version, push batches and
 * their per-event acks, and the pull feed. docs/sync-protocol.md describes it for other
 * implementers.
 */
@NullMarked
package org.bianmin.model.sync;

import org.jspecify.annotations.NullMarked;
