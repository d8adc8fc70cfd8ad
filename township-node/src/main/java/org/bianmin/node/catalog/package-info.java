/**
 * The service-item catalog version this node holds and the items that may be filed here.
 */
@NullMarked
package org.bianmin.node.catalog;

import org.jspecify.annotations.NullMarked;
