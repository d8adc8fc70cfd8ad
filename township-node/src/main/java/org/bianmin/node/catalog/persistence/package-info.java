/**
 * The stored catalog versions.
 */
@NullMarked
package org.bianmin.node.catalog.persistence;

import org.jspecify.annotations.NullMarked;
