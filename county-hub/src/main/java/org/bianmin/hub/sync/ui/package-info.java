/**
 * Admin screens of sync: the node registry (节点管理) and the refused events (同步异常).
 */
@NullMarked
package org.bianmin.hub.sync.ui;

import org.jspecify.annotations.NullMarked;
