/**
 * Screens of the service-item catalog.
 */
@NullMarked
package org.bianmin.hub.catalog.ui;

import org.jspecify.annotations.NullMarked;
