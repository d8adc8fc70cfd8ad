/**
 * Staff of the service network and what their roles let them do.
 */
@NullMarked
package org.bianmin.model.staff;

import org.jspecify.annotations.NullMarked;
