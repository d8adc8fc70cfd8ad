/**
 * The sync benchmarks (docs/benchmarks.md): push, incremental sync with a million events
 * at the hub, first pull of a fresh node. Run by the Maven profile {@code benchmark},
 * never by the normal build.
 */
@NullMarked
package org.bianmin.systest.benchmark;

import org.jspecify.annotations.NullMarked;
