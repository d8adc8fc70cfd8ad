package org.bianmin.node.casework;

import java.time.Clock;
import java.time.LocalDate;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.cases.QueryCode;
import org.bianmin.model.node.NodeCode;
import org.bianmin.node.casework.persistence.QueryCodeSequenceRepository;
import org.bianmin.node.identity.NodeIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues this node's query codes offline: the node's code, today's date in the county and
 * the node's next sequence number for today (docs/adr/0004). Unique county-wide because
 * node codes are, and because the sequence is kept in the node's database and never hands
 * out a number twice.
 *
 * <p>
 * It takes part in the caller's transaction, the one that stores the case: if that
 * transaction rolls back, the number goes back too, and a number is held by at most one
 * stored case.
 */
@Service
public class QueryCodeIssuer {

	private final QueryCodeSequenceRepository sequences;

	private final NodeCode node;

	private final Clock clock;

	public QueryCodeIssuer(QueryCodeSequenceRepository sequences, NodeIdentity node, Clock clock) {
		this.sequences = sequences;
		this.node = node.code();
		this.clock = clock;
	}

	/**
	 * The next query code of this node, for a case filed in the caller's transaction.
	 * @return the code, dated today in the county's time zone
	 * @throws org.springframework.transaction.IllegalTransactionStateException without a
	 * transaction
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public QueryCode issue() {
		LocalDate today = ServiceTime.today(this.clock);
		return QueryCode.issue(this.node, today, this.sequences.next(today));
	}

}
