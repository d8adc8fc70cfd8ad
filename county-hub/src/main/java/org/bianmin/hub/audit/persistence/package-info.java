/**
 * Audit entries (jOOQ), insert and read only.
 */
@NullMarked
package org.bianmin.hub.audit.persistence;

import org.jspecify.annotations.NullMarked;
