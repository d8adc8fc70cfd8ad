package org.bianmin.node.casework;

import java.time.Instant;
import java.time.LocalDate;

import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CaseStatus;
import org.jspecify.annotations.Nullable;

/**
 * One case in the queue. Only the masked ID number leaves the database: a list never
 * shows the full number.
 *
 * @param id the case's UUID (the only thing a URL carries)
 * @param queryCode the query code in its display form
 * @param itemName the item as filed
 * @param applicantName the applicant's name
 * @param maskedResidentId the applicant's ID number, masked
 * @param village the applicant's village
 * @param status where the case stands
 * @param colour the promised limit's colour; null before acceptance or while paused
 * @param paused whether the clock is stopped waiting for deferred materials
 * @param promisedDue the promised due date; null before acceptance or while paused
 * @param filedAt when it was filed
 * @param ageDays whole days since it was filed (county time)
 */
public record QueueRow(CaseId id, String queryCode, String itemName, String applicantName, String maskedResidentId,
		String village, CaseStatus status, @Nullable TimeLimitStatus colour, boolean paused,
		@Nullable LocalDate promisedDue, Instant filedAt, int ageDays) {
}
