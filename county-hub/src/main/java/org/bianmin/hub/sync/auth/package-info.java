/**
 * Signed sync requests: the checks of docs/sync-protocol.md 3.4, in order, before any
 * endpoint runs.
 */
@NullMarked
package org.bianmin.hub.sync.auth;

import org.jspecify.annotations.NullMarked;
