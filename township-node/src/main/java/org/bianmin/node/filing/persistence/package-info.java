/**
 * Query-code sequences and the list of cases filed here.
 */
@NullMarked
package org.bianmin.node.filing.persistence;

import org.jspecify.annotations.NullMarked;
