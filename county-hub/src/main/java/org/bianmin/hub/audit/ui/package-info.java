/**
 * The read-only audit view for administrators.
 */
@NullMarked
package org.bianmin.hub.audit.ui;

import org.jspecify.annotations.NullMarked;
