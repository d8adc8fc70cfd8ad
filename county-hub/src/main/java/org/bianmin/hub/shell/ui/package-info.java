/**
 * Views of the shell: the login view, the main layout and the welcome page.
 */
@NullMarked
package org.bianmin.hub.shell.ui;

import org.jspecify.annotations.NullMarked;
