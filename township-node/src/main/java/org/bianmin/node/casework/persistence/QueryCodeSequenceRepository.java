package org.bianmin.node.casework.persistence;

import java.time.LocalDate;

/**
 * This node's query-code sequence per day. A number once handed out in a committed
 * transaction is never handed out again; a rolled-back transaction gives its number back,
 * because nothing that used it was stored.
 */
public interface QueryCodeSequenceRepository {

	/**
	 * The next sequence number of a day, from 1, in the caller's transaction. A
	 * concurrent transaction asking for the same day waits until this one ends, so two
	 * stored cases never share a number.
	 * @param day the day the code is issued on
	 * @return the number, 1 for the day's first code
	 * @throws org.springframework.dao.DataAccessException if the day's row stays locked
	 * longer than the database's lock timeout; nothing is handed out then
	 */
	int next(LocalDate day);

}
