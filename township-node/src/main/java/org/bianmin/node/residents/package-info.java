/**
 * The resident register of this node's area: search, registration and standing
 * authorisations.
 */
@NullMarked
package org.bianmin.node.residents;

import org.jspecify.annotations.NullMarked;
