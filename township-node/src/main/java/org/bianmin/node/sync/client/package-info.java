/**
 * The HTTP client of the sync protocol: signed, compressed requests to the hub over TLS
 * with a configured trust anchor.
 */
@NullMarked
package org.bianmin.node.sync.client;

import org.jspecify.annotations.NullMarked;
