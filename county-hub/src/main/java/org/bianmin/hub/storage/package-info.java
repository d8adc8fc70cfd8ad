/**
 * Where the hub keeps its files on disk: the H2 database now, scans of materials later.
 */
@NullMarked
package org.bianmin.hub.storage;

import org.jspecify.annotations.NullMarked;
