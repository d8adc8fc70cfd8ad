/**
 * The supervisor's screens: the dashboard ({@code supervision}) and ratings with
 * follow-ups ({@code supervision/ratings}); charts are SVG drawn on the server.
 */
@NullMarked
package org.bianmin.hub.supervision.ui;

import org.jspecify.annotations.NullMarked;
