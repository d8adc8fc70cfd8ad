/**
 * The working-day calendar and the time-limit clock this hub counts with, and the holiday
 * arrangements an administrator publishes per year.
 */
@NullMarked
package org.bianmin.hub.calendar;

import org.jspecify.annotations.NullMarked;
