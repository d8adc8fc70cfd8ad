package org.bianmin.node.sync;

import org.jspecify.annotations.Nullable;

/**
 * What a running sync is doing, for the status bar: a snapshot, replaced as the run goes.
 *
 * @param phase the step under way
 * @param done items of the step done
 * @param total items of the step known so far (0 when not known)
 */
public record SyncProgress(Phase phase, int done, int total) {

	/** The steps of a run, in order (docs/sync-protocol.md section 10). */
	public enum Phase {

		PULL, UPLOAD, PUSH, REPORT

	}

	static final class Tracker {

		private volatile @Nullable SyncProgress current;

		void start(Phase phase, int total) {
			this.current = new SyncProgress(phase, 0, total);
		}

		void advance(int by) {
			SyncProgress now = this.current;
			if (now != null) {
				this.current = new SyncProgress(now.phase(), now.done() + by, Math.max(now.total(), now.done() + by));
			}
		}

		void finish() {
			this.current = null;
		}

		@Nullable SyncProgress current() {
			return this.current;
		}

	}

}
