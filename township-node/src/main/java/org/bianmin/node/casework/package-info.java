/**
 * Casework at the node: cases filed, accepted, decided and delivered here, stored as
 * events with their projection, in one transaction with the sync outbox; the query codes
 * this node issues; and the lists of its cases.
 */
@NullMarked
package org.bianmin.node.casework;

import org.jspecify.annotations.NullMarked;
