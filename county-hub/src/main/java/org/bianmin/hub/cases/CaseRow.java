package org.bianmin.hub.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.RatingLevel;
import org.jspecify.annotations.Nullable;

/**
 * One case in a county list. The resident ID is masked: lists never show it in full.
 *
 * @param id the case
 * @param queryCode the query code as displayed (with hyphens)
 * @param itemCode the item's code
 * @param itemName the item's name
 * @param department the deciding department, if the catalog knew the item
 * @param township the accepting township, once known
 * @param filedNode the node where it was filed
 * @param village the applicant's village
 * @param applicantName the applicant as filed
 * @param maskedResidentId the applicant's ID number, masked
 * @param status where the case stands
 * @param colour its time-limit colour on the day asked about; null before acceptance or
 * while paused
 * @param paused whether the clock waits for the applicant
 * @param promisedDue the promised due date
 * @param filedAt when it was filed
 * @param acceptedAt when it was accepted
 * @param decidedAt when it was decided
 * @param acceptedBy the clerk who accepted it
 * @param rating the applicant's rating
 * @param followUpDue the deadline of a bad rating's follow-up
 * @param followUpClosedAt when the follow-up was closed
 * @param followUpOverdue whether the follow-up is open past its deadline
 */
public record CaseRow(CaseId id, String queryCode, String itemCode, String itemName, @Nullable String department,
		@Nullable String township, String filedNode, String village, String applicantName, String maskedResidentId,
		CaseStatus status, @Nullable TimeLimitStatus colour, boolean paused, @Nullable LocalDate promisedDue,
		Instant filedAt, @Nullable Instant acceptedAt, @Nullable Instant decidedAt, @Nullable String acceptedBy,
		@Nullable RatingLevel rating, @Nullable LocalDate followUpDue, @Nullable Instant followUpClosedAt,
		boolean followUpOverdue) {

}
