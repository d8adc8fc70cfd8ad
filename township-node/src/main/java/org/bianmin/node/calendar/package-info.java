/**
 * The working-day calendar and the time-limit clock this node counts with.
 */
@NullMarked
package org.bianmin.node.calendar;

import org.jspecify.annotations.NullMarked;
