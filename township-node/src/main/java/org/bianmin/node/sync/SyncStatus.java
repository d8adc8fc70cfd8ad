package org.bianmin.node.sync;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What every node screen shows about sync (the status bar) and the sync page in detail.
 *
 * @param connectivity online, offline, in error, or never synced
 * @param lastSuccessAt when a run last finished without error
 * @param lastAttemptAt when a run last started
 * @param pendingEvents events waiting to be pushed
 * @param pendingFiles scans waiting to be uploaded
 * @param rejectedEvents events the hub refused, waiting for a person
 * @param problems disagreements found in the feed, shown to a person
 * @param progress the step a run is doing now, or null when none runs
 * @param lastErrorCode the last error's code ({@code OFFLINE}, a refusal code,
 * {@code LOCAL_ERROR}), null after a success
 * @param lastErrorDetail what the hub or this node said about it
 * @param clock the clock offset to the hub and whether it is flagged
 * @param nextAttemptAt when the scheduled job tries again, if it waits
 * @param cursor the feed position applied last
 * @param rebuilding whether a resync's rebuild is under way
 */
public record SyncStatus(Connectivity connectivity, @Nullable Instant lastSuccessAt, @Nullable Instant lastAttemptAt,
		int pendingEvents, int pendingFiles, int rejectedEvents, int problems, @Nullable SyncProgress progress,
		@Nullable String lastErrorCode, @Nullable String lastErrorDetail, ClockOffset.Measurement clock,
		@Nullable Instant nextAttemptAt, long cursor, boolean rebuilding) {

	/** Where the node stands with the hub. */
	public enum Connectivity {

		/** No secret configured: this node works offline only. */
		NOT_CONFIGURED,

		/** Configured, but no run has finished yet. */
		NEVER_SYNCED,

		/** The last run finished without error. */
		ONLINE,

		/** The hub was unreachable at the last run: normal, not an error. */
		OFFLINE,

		/** The hub refused, or this node failed: a person must look. */
		ERROR

	}

	public boolean isRunning() {
		return this.progress != null;
	}

}
