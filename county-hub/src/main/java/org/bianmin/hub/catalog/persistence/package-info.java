/**
 * Published catalog versions (jOOQ), the same on H2 and PostgreSQL.
 */
@NullMarked
package org.bianmin.hub.catalog.persistence;

import org.jspecify.annotations.NullMarked;
