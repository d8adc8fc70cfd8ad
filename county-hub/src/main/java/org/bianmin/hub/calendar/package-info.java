/**
 * The working-day calendar and the time-limit clock this hub counts with.
 */
@NullMarked
package org.bianmin.hub.calendar;

import org.jspecify.annotations.NullMarked;
