/**
 * Published holiday arrangements (jOOQ), insert and read only.
 */
@NullMarked
package org.bianmin.hub.calendar.persistence;

import org.jspecify.annotations.NullMarked;
