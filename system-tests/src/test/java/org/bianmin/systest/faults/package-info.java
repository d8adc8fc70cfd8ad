/**
 * Fault trials of sync with real processes: SIGKILL of nodes and of the hub, and a proxy
 * cutting the link, at random moments of push, pull and upload; afterwards the hub's and
 * the nodes' databases must agree event for event.
 */
@NullMarked
package org.bianmin.systest.faults;

import org.jspecify.annotations.NullMarked;
