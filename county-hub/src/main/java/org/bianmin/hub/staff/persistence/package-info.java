/**
 * Storage of staff accounts with jOOQ; nothing outside this package sees a jOOQ type.
 */
@NullMarked
package org.bianmin.hub.staff.persistence;

import org.jspecify.annotations.NullMarked;
