/**
 * The audit trail of administrators' actions (catalog, holiday calendar, staff accounts):
 * who did what to what, when. Entries are written in the transaction of the change they
 * record, so a change without its entry cannot commit; they are never changed.
 */
@NullMarked
package org.bianmin.hub.audit;

import org.jspecify.annotations.NullMarked;
