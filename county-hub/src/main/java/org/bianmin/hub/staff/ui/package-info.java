/**
 * The administrator's screen of staff accounts: users and roles per place or department,
 * A/B posts, enabling and disabling, password reset.
 */
@NullMarked
package org.bianmin.hub.staff.ui;

import org.jspecify.annotations.NullMarked;
