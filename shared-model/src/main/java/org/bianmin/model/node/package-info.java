/**
 * Places in the service network: node codes and levels.
 */
@NullMarked
package org.bianmin.model.node;

import org.jspecify.annotations.NullMarked;
