/**
 * The frame of the UI: main layout with header and navigation, the login page and the
 * home page.
 */
@NullMarked
package org.bianmin.node.shell.ui;

import org.jspecify.annotations.NullMarked;
