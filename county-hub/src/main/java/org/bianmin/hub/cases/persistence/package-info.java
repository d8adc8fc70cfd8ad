/**
 * The hub's case event store and case projection (jOOQ), the same on H2 and PostgreSQL.
 */
@NullMarked
package org.bianmin.hub.cases.persistence;

import org.jspecify.annotations.NullMarked;
