/**
 * Staff accounts and their roles, and how a login finds them.
 */
@NullMarked
package org.bianmin.hub.staff;

import org.jspecify.annotations.NullMarked;
