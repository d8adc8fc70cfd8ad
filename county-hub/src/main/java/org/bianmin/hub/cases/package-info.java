/**
 * Cases at the hub: every synced case's events with their projection, and the county's
 * own commands on them (receive, decide, release, close follow-ups).
 */
@NullMarked
package org.bianmin.hub.cases;

import org.jspecify.annotations.NullMarked;
