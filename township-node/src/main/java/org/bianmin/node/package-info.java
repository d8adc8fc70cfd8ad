/**
 * The township node: one build that runs as a township centre (乡镇便民服务中心) or as a village
 * service point (村便民服务点), chosen by configuration.
 */
@NullMarked
package org.bianmin.node;

import org.jspecify.annotations.NullMarked;
