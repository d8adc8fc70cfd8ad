/**
 * The reviewer's screens: the department inbox ({@code review}) and the case page
 * ({@code review/:caseId}).
 */
@NullMarked
package org.bianmin.hub.review.ui;

import org.jspecify.annotations.NullMarked;
