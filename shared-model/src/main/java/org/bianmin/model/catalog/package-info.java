/**
 * The service-item catalog (政务服务事项目录): each item's standard guide (办事指南), the immutable
 * published catalog versions, their JSON document form and the 三级四同 consistency check.
 */
@NullMarked
package org.bianmin.model.catalog;

import org.jspecify.annotations.NullMarked;
