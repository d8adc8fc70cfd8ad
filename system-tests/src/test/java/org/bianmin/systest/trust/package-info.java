/**
 * The transport rules of docs/sync-protocol.md section 2 with the real node process.
 */
@NullMarked
package org.bianmin.systest.trust;

import org.jspecify.annotations.NullMarked;
