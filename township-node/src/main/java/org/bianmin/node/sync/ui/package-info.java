/**
 * The sync page: details of where the node stands with the hub, "立即同步", the events the
 * hub refused (with "重新发送") and the disagreements found in the feed.
 */
@NullMarked
package org.bianmin.node.sync.ui;

import org.jspecify.annotations.NullMarked;
