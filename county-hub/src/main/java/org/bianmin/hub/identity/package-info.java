/**
 * Who this hub is: its node code and the centre's name, from configuration.
 */
@NullMarked
package org.bianmin.hub.identity;

import org.jspecify.annotations.NullMarked;
