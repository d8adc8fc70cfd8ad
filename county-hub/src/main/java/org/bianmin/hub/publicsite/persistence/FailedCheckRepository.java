package org.bianmin.hub.publicsite.persistence;

import java.time.Instant;

/**
 * Failed checks at the public query, per client key. Writes join the caller's
 * transaction.
 */
public interface FailedCheckRepository {

	/** How many failures the client made at or after {@code since}. */
	int countSince(String clientKey, Instant since);

	/** Records one failure of the client. */
	void record(String clientKey, Instant at);

	/**
	 * Forgets every failure before {@code before}, of every client: they no longer count.
	 * @return how many were forgotten
	 */
	int forgetBefore(Instant before);

}
