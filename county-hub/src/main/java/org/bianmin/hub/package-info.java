/**
 * The county hub (县政务服务中心): the county's server, which owns the catalog, receives synced
 * cases and runs county review.
 */
@NullMarked
package org.bianmin.hub;

import org.jspecify.annotations.NullMarked;
