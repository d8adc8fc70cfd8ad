/**
 * Cases (办件) and their events, with the identifiers that name them: UUIDs made offline at
 * the node and the short query code residents type.
 */
@NullMarked
package org.bianmin.model.cases;

import org.jspecify.annotations.NullMarked;
