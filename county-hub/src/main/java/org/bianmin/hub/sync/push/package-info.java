/**
 * POST /sync/v1/push: each pushed event answered and stored once (docs/sync-protocol.md
 * 5).
 */
@NullMarked
package org.bianmin.hub.sync.push;

import org.jspecify.annotations.NullMarked;
