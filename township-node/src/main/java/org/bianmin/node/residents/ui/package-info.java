/**
 * Screens to search, register and look at residents; ID numbers masked except on a
 * resident's own page.
 */
@NullMarked
package org.bianmin.node.residents.ui;

import org.jspecify.annotations.NullMarked;
