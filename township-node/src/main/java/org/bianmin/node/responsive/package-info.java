/**
 * Screens that fit an old office PC and an agent's phone alike.
 */
@NullMarked
package org.bianmin.node.responsive;

import org.jspecify.annotations.NullMarked;
