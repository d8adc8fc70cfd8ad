/**
 * What the public query reads and writes (jOOQ): a case's events by its query code, and
 * the failed checks of the rate limit.
 */
@NullMarked
package org.bianmin.hub.publicsite.persistence;

import org.jspecify.annotations.NullMarked;
