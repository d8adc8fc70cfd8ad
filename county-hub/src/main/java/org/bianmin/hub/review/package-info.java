/**
 * Back-office review (后台分类审批): a department's inbox of county items forwarded by the
 * townships, the case page with the guide, materials and timeline, and the reviewer's
 * actions (receive, start review, decide, release the result to the township).
 */
@NullMarked
package org.bianmin.hub.review;

import org.jspecify.annotations.NullMarked;
