/**
 * The county's service-item catalog (事项目录): published versions, immutable once published;
 * the nodes receive them by sync.
 */
@NullMarked
package org.bianmin.hub.catalog;

import org.jspecify.annotations.NullMarked;
