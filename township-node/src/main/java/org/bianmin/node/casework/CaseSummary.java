package org.bianmin.node.casework;

import java.time.Instant;

import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.QueryCode;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;

/**
 * One line of a case list, read from the case projection. The resident ID is the value
 * object, whose {@code toString()} is masked; lists show {@link ResidentId#masked()}.
 *
 * @param id the case
 * @param queryCode its query code
 * @param itemName the item's name as filed
 * @param applicantName the applicant's name as filed
 * @param residentId the applicant's ID number
 * @param status where the case stands
 * @param owner the node that owns the case now
 * @param location where that is, seen from this node
 * @param lastChangedAt when its last event was recorded
 */
public record CaseSummary(CaseId id, QueryCode queryCode, String itemName, PersonName applicantName,
		ResidentId residentId, CaseStatus status, NodeCode owner, CaseLocation location, Instant lastChangedAt) {

}
