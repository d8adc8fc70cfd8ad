/**
 * Sync with the county hub. For now only the hub's address; the outbox push and the pull
 * come later.
 */
@NullMarked
package org.bianmin.node.sync;

import org.jspecify.annotations.NullMarked;
