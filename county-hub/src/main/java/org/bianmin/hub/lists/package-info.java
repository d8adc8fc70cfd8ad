/**
 * The building blocks every county list of cases shares: the case grid (lazy pages from
 * {@code CaseListService}, colour badges, masked ID numbers), labels, and export of any
 * list to CSV and Excel. Used by the review, search and supervision screens.
 */
@NullMarked
package org.bianmin.hub.lists;

import org.jspecify.annotations.NullMarked;
