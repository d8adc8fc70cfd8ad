/**
 * The search screen ({@code search}) and the URL parameters other screens link into it
 * with ({@link org.bianmin.hub.search.SearchNavigation}).
 */
@NullMarked
package org.bianmin.hub.search.ui;

import org.jspecify.annotations.NullMarked;
