/**
 * Where this node keeps its data: the data directory that holds the H2 database.
 */
@NullMarked
package org.bianmin.node.storage;

import org.jspecify.annotations.NullMarked;
