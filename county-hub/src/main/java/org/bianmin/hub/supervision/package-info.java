/**
 * Supervision (红黄绿效能监管, 好差评): the supervisor's screens over the county's figures
 * ({@code cases.CaseFiguresService}): open cases by colour per township and department,
 * handling time against the promised limit, ratings on the five levels, and bad ratings'
 * follow-ups (整改), drilling down into the search and the case page.
 */
@NullMarked
package org.bianmin.hub.supervision;

import org.jspecify.annotations.NullMarked;
