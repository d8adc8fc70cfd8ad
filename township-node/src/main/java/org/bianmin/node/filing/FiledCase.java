package org.bianmin.node.filing;

import java.time.Instant;

import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.QueryCode;

/**
 * A case in the filer's list, with the applicant's ID number masked.
 *
 * @param id the case
 * @param queryCode its query code
 * @param status its status
 * @param itemName the item's name
 * @param applicantName the applicant's name
 * @param maskedResidentId the applicant's ID number, masked
 * @param ownerNode the node that owns it now (the township once a village case is
 * submitted)
 * @param filedAt when it was filed
 */
public record FiledCase(CaseId id, QueryCode queryCode, CaseStatus status, String itemName, String applicantName,
		String maskedResidentId, String ownerNode, Instant filedAt) {
}
