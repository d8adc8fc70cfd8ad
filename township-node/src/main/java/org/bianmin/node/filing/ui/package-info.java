/**
 * The filing screens of agents and window clerks.
 */
@NullMarked
package org.bianmin.node.filing.ui;

import org.jspecify.annotations.NullMarked;
