/**
 * POST /sync/v1/report: what a node says about itself after a sync run, and its clock
 * skew as the hub measured it (docs/sync-protocol.md 7, 10).
 */
@NullMarked
package org.bianmin.hub.sync.report;

import org.jspecify.annotations.NullMarked;
