/**
 * Who this node is: its registered code, level, centre name and parent township.
 */
@NullMarked
package org.bianmin.node.identity;

import org.jspecify.annotations.NullMarked;
