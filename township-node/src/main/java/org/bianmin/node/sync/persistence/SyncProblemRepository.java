package org.bianmin.node.sync.persistence;

import java.util.List;

import org.bianmin.node.sync.SyncProblem;

/**
 * Local sync problems: events of the feed the node could not take in because they
 * disagree with what it holds (docs/sync-protocol.md section 6.3).
 */
public interface SyncProblemRepository {

	/** Records a problem once per hub event, in the caller's transaction. */
	void record(SyncProblem problem);

	/** The problems, newest first. */
	List<SyncProblem> latest(int limit);

	int count();

}
