/**
 * Working days and time limits: the holiday calendar published each year by the State
 * Council, and the clock that turns a case's acceptance date, its limit and its pauses
 * into a due date and a red/yellow/green status.
 */
@NullMarked
package org.bianmin.model.calendar;

import org.jspecify.annotations.NullMarked;
