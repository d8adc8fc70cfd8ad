package org.bianmin.node.sync.persistence;

/** The one row of {@code sync_state}. */
public interface SyncStateRepository {

	/** The state as committed (or as written in the caller's transaction). */
	SyncState get();

	/** Writes the whole state, in the caller's transaction. */
	void save(SyncState state);

}
