/**
 * The node's case event store and case projection (jOOQ).
 */
@NullMarked
package org.bianmin.node.casework.persistence;

import org.jspecify.annotations.NullMarked;
