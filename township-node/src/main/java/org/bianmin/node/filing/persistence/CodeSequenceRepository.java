package org.bianmin.node.filing.persistence;

import java.time.LocalDate;

/** This node's query-code sequence per day. */
public interface CodeSequenceRepository {

	/**
	 * Takes the next sequence number of a day, in the caller's transaction: 1 for the
	 * first code of the day. The row lock taken by the update holds a concurrent filing
	 * back until this transaction ends, so no number is issued twice.
	 */
	int next(LocalDate day);

}
