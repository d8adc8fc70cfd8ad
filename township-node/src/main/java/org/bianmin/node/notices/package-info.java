/**
 * Notices printed for residents: acceptance, one-time correction, refusal and completion
 * notices and the proxy agent's receipt, made by the node from its own records so that
 * they print offline.
 */
@NullMarked
package org.bianmin.node.notices;

import org.jspecify.annotations.NullMarked;
