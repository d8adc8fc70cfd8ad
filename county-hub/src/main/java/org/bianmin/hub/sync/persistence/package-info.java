/**
 * The sync tables (jOOQ): nodes and their feed counters, nonces, incidents, feed entries,
 * attachments.
 */
@NullMarked
package org.bianmin.hub.sync.persistence;

import org.jspecify.annotations.NullMarked;
