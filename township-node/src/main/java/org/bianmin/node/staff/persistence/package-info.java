/**
 * Storage of staff accounts in the node's database (jOOQ).
 */
@NullMarked
package org.bianmin.node.staff.persistence;

import org.jspecify.annotations.NullMarked;
