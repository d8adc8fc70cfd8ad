/**
 * The casework benchmark (issue 3, docs/benchmarks.md): loads a township node with
 * made-up cases through the real write path and measures the queue, the case page, the
 * node's start and its memory. Run by the Maven profile {@code benchmark}, never by the
 * normal build.
 */
@NullMarked
package org.bianmin.node.benchmark;

import org.jspecify.annotations.NullMarked;
