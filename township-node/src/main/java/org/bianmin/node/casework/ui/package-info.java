/**
 * The window clerk's screens: the one queue (一窗综合受理), the case page with its actions and
 * timeline, the A/B post, and the agent's own list.
 */
@NullMarked
package org.bianmin.node.casework.ui;

import org.jspecify.annotations.NullMarked;
