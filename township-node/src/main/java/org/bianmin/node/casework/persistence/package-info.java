/**
 * The node's case event store and case projection, the case lists read from that
 * projection, and the query-code sequence (jOOQ).
 */
@NullMarked
package org.bianmin.node.casework.persistence;

import org.jspecify.annotations.NullMarked;
