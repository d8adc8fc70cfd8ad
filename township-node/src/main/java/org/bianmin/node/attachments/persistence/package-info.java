/**
 * What the node knows of each attachment (jOOQ).
 */
@NullMarked
package org.bianmin.node.attachments.persistence;

import org.jspecify.annotations.NullMarked;
