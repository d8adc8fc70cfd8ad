package org.bianmin.node.sync.persistence;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The one row of {@code sync_state}: where this node stands with the hub.
 *
 * @param cursor the feed position applied last
 * @param rebuilding whether a resync's rebuild is under way (pull with
 * {@code rebuild=true})
 * @param outboxSeqFloor the lowest outbox position to report (the hub's
 * {@code hubOutboxSeq} after a NODE_BEHIND resync)
 * @param lastSuccessAt when a run last finished without error
 * @param lastAttemptAt when a run last started
 * @param lastErrorCode {@code OFFLINE}, a refusal code or a local code; null after a
 * success
 * @param lastErrorDetail what the hub or the exception said, for the sync page
 * @param consecutiveFailures runs that failed since the last success
 * @param nextAttemptAt the earliest time the scheduled job tries again (backoff)
 * @param clockOffsetMillis hub clock minus node clock at the last measurement
 * @param clockMeasuredAt when that was measured
 * @param clockFlagged whether the offset was beyond the bound
 */
public record SyncState(long cursor, boolean rebuilding, long outboxSeqFloor, @Nullable Instant lastSuccessAt,
		@Nullable Instant lastAttemptAt, @Nullable String lastErrorCode, @Nullable String lastErrorDetail,
		int consecutiveFailures, @Nullable Instant nextAttemptAt, @Nullable Long clockOffsetMillis,
		@Nullable Instant clockMeasuredAt, boolean clockFlagged) {

	public SyncState withCursor(long newCursor, boolean stillRebuilding) {
		return new SyncState(newCursor, stillRebuilding, this.outboxSeqFloor, this.lastSuccessAt, this.lastAttemptAt,
				this.lastErrorCode, this.lastErrorDetail, this.consecutiveFailures, this.nextAttemptAt,
				this.clockOffsetMillis, this.clockMeasuredAt, this.clockFlagged);
	}

	public SyncState rebuildFromZero(long newOutboxSeqFloor) {
		return new SyncState(0, true, Math.max(this.outboxSeqFloor, newOutboxSeqFloor), this.lastSuccessAt,
				this.lastAttemptAt, this.lastErrorCode, this.lastErrorDetail, this.consecutiveFailures,
				this.nextAttemptAt, this.clockOffsetMillis, this.clockMeasuredAt, this.clockFlagged);
	}

	public SyncState attempted(Instant at) {
		return new SyncState(this.cursor, this.rebuilding, this.outboxSeqFloor, this.lastSuccessAt, at,
				this.lastErrorCode, this.lastErrorDetail, this.consecutiveFailures, this.nextAttemptAt,
				this.clockOffsetMillis, this.clockMeasuredAt, this.clockFlagged);
	}

	public SyncState succeeded(Instant at) {
		return new SyncState(this.cursor, this.rebuilding, this.outboxSeqFloor, at, this.lastAttemptAt, null, null, 0,
				null, this.clockOffsetMillis, this.clockMeasuredAt, this.clockFlagged);
	}

	public SyncState failed(String code, @Nullable String detail, Instant nextAttempt) {
		String shortDetail = (detail != null && detail.length() > 1000) ? detail.substring(0, 1000) : detail;
		return new SyncState(this.cursor, this.rebuilding, this.outboxSeqFloor, this.lastSuccessAt, this.lastAttemptAt,
				code, shortDetail, this.consecutiveFailures + 1, nextAttempt, this.clockOffsetMillis,
				this.clockMeasuredAt, this.clockFlagged);
	}

	public SyncState withClock(@Nullable Long offsetMillis, @Nullable Instant measuredAt, boolean flagged) {
		return new SyncState(this.cursor, this.rebuilding, this.outboxSeqFloor, this.lastSuccessAt, this.lastAttemptAt,
				this.lastErrorCode, this.lastErrorDetail, this.consecutiveFailures, this.nextAttemptAt, offsetMillis,
				measuredAt, flagged);
	}

}
