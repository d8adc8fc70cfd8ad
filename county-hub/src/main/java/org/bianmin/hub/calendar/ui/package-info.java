/**
 * The administrator's screen for the holiday arrangement of a year.
 */
@NullMarked
package org.bianmin.hub.calendar.ui;

import org.jspecify.annotations.NullMarked;
