/**
 * The node's transactional outbox (jOOQ).
 */
@NullMarked
package org.bianmin.node.sync.persistence;

import org.jspecify.annotations.NullMarked;
