package org.bianmin.model.cases;

import java.util.List;
import java.util.Map;

import org.bianmin.model.catalog.ServiceItem;
import org.jspecify.annotations.Nullable;

/**
 * What a person asks of a case. {@link CaseDecider} checks each against the rules and
 * turns it into events, or refuses it with a reason.
 */
public sealed interface CaseCommand {

	/**
	 * File a new case as a draft.
	 *
	 * @param caseId made at this node
	 * @param queryCode issued by this node for the case
	 * @param item the catalog item as published in {@code catalogVersion}
	 * @param catalogVersion the catalog version the node holds now
	 * @param applicant the applicant's details as filed
	 * @param channel how the case came in; proxy channels need an authorisation
	 * @param authorisation the resident's consent for an agent to act
	 * @param materials the state of every material the item requires
	 */
	record File(CaseId caseId, QueryCode queryCode, ServiceItem item, int catalogVersion, ApplicantSnapshot applicant,
			Channel channel, @Nullable Authorisation authorisation,
			Map<String, MaterialState> materials) implements CaseCommand {
	}

	/** Save a draft again. */
	record UpdateDraft(Channel channel, Map<String, MaterialState> materials) implements CaseCommand {
	}

	/** Hand the draft in; at a village it goes to the township for acceptance. */
	record Submit() implements CaseCommand {
	}

	/** Issue the one-time correction notice (一次性告知). */
	record RequestCorrection(List<MaterialIssue> issues) implements CaseCommand {
	}

	/** Hand the case in again after a correction. */
	record Resubmit(Map<String, MaterialState> materials) implements CaseCommand {
	}

	/** Accept (受理), deferring non-key materials on written commitments if any. */
	record Accept(List<Deferral> deferrals) implements CaseCommand {
	}

	/** Refuse (不予受理) with reasons. */
	record Refuse(List<String> reasons) implements CaseCommand {
	}

	/** Hand an accepted county item to the county hub. */
	record Forward() implements CaseCommand {
	}

	/** Take a forwarded case in at the hub. */
	record Receive() implements CaseCommand {
	}

	/** Start reviewing without deciding yet. */
	record StartReview() implements CaseCommand {
	}

	/** Decide; a review is started first when none is under way. */
	record Decide(DecisionOutcome outcome, List<String> reasons) implements CaseCommand {
	}

	/** Record that a deferred material arrived. */
	record SupplyDeferred(String material) implements CaseCommand {
	}

	/** Hand the county's decision back to the township that accepted the case. */
	record ReleaseResult() implements CaseCommand {
	}

	/** Hand the result to the applicant. */
	record Deliver(DeliveryMethod method) implements CaseCommand {
	}

	/**
	 * Record the applicant's rating; a bad one opens a follow-up handed to the county.
	 */
	record Rate(RatingLevel level, @Nullable String comment) implements CaseCommand {
	}

	/** Close a follow-up with the response given to the resident. */
	record CloseFollowUp(String response) implements CaseCommand {
	}

	/** End a case whose deferred materials were not supplied by their due date. */
	record TerminateOverdue() implements CaseCommand {
	}

	/**
	 * Attach a scan or photo of a material, already stored under its SHA-256.
	 *
	 * @param material the material it shows
	 * @param sha256 the content's SHA-256
	 * @param mediaType the content's media type
	 * @param size the content's length in bytes
	 * @param fileName the uploaded file's name
	 */
	record AttachScan(String material, String sha256, String mediaType, long size,
			String fileName) implements CaseCommand {
	}

	/**
	 * Accept, at the county hub, an event the hub refused from a node (a sync incident):
	 * its change is recorded again now as a {@link CaseChange.SyncResolved} event, if the
	 * hub owns the case and the rules allow the change now.
	 *
	 * @param refused the refused event as the node sent it
	 * @param reason why the county accepts it
	 */
	record AcceptRefusedEvent(CaseEvent refused, String reason) implements CaseCommand {
	}

}
