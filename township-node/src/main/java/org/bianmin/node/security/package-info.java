/**
 * Logins and access: the Spring Security set-up for the Vaadin UI and the signed-in user.
 */
@NullMarked
package org.bianmin.node.security;

import org.jspecify.annotations.NullMarked;
