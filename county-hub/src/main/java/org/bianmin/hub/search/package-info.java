/**
 * Search of the county's cases (办件查询) by query code, resident, item, township, village,
 * status, colour and dates, for reviewers (their department's cases), supervisors and
 * admins; the supervisor's dashboard drills down into it by URL parameters.
 */
@NullMarked
package org.bianmin.hub.search;

import org.jspecify.annotations.NullMarked;
