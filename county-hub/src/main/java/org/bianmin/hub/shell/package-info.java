/**
 * The frame every screen sits in: login, the main layout with navigation, and the home
 * page.
 */
@NullMarked
package org.bianmin.hub.shell;

import org.jspecify.annotations.NullMarked;
