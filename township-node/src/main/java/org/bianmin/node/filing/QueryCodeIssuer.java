package org.bianmin.node.filing;

import java.time.Clock;
import java.time.LocalDate;

import org.bianmin.model.cases.QueryCode;
import org.bianmin.node.filing.persistence.CodeSequenceRepository;
import org.bianmin.node.identity.NodeIdentity;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues this node's query codes: node code, today's date and the day's next sequence
 * number, so codes are unique county-wide without asking the hub (see {@link QueryCode}).
 * Interim: casework gets its own issuer (migration V4) on another branch; when both are
 * merged, filing should use that one and this class and its table go.
 */
@Component
class QueryCodeIssuer {

	private final CodeSequenceRepository sequences;

	private final NodeIdentity node;

	private final Clock clock;

	QueryCodeIssuer(CodeSequenceRepository sequences, NodeIdentity node, Clock clock) {
		this.sequences = sequences;
		this.node = node;
		this.clock = clock;
	}

	/**
	 * Issues the next code, in the filing's transaction: a rolled-back filing uses no
	 * number.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	QueryCode issue() {
		LocalDate today = LocalDate.now(this.clock);
		return QueryCode.issue(this.node.code(), today, this.sequences.next(today));
	}

}
