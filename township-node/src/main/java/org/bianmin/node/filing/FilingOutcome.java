package org.bianmin.node.filing;

import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.QueryCode;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.node.NodeCode;

/** What saving or submitting a filing did. */
public sealed interface FilingOutcome {

	/**
	 * Stored.
	 *
	 * @param id the case
	 * @param queryCode its query code
	 * @param status its status now
	 * @param owner the node that owns it now
	 */
	record Saved(CaseId id, QueryCode queryCode, CaseStatus status, NodeCode owner) implements FilingOutcome {
	}

	/** Refused by a rule; nothing was stored. The key is a domain message key. */
	record Refused(RuleViolation violation) implements FilingOutcome {
	}

}
