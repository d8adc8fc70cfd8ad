/**
 * Attachments uploaded in resumable chunks, verified by their SHA-256 and kept in the
 * database (docs/sync-protocol.md 9).
 */
@NullMarked
package org.bianmin.hub.sync.attachments;

import org.jspecify.annotations.NullMarked;
