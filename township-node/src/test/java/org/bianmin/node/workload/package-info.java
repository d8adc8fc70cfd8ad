/**
 * The node's workload driver for the system tests (module {@code system-tests},
 * docs/development.md): the shipped node plus a command reader that files and accepts
 * cases through the node's own services. Started only by the system tests, never by this
 * module's tests.
 */
@NullMarked
package org.bianmin.node.workload;

import org.jspecify.annotations.NullMarked;
