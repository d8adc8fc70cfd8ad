/**
 * Demo mode (Spring profile demo only): seeds made-up staff and, after them, made-up
 * residents' cases, and prints how to log in.
 */
@NullMarked
package org.bianmin.node.demo;

import org.jspecify.annotations.NullMarked;
