/**
 * Login, logout and who is signed in: Spring Security set up the way Vaadin needs it.
 */
@NullMarked
package org.bianmin.hub.security;

import org.jspecify.annotations.NullMarked;
