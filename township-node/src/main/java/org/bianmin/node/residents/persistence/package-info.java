/**
 * The resident register's tables.
 */
@NullMarked
package org.bianmin.node.residents.persistence;

import org.jspecify.annotations.NullMarked;
