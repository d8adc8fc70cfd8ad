package org.bianmin.node.sync.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.node.jooq.Tables.SYNC_STATE;

@Repository
class JooqSyncStateRepository implements SyncStateRepository {

	private static final int THE_ROW = 1;

	private final DSLContext dsl;

	JooqSyncStateRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	@Transactional(readOnly = true)
	public SyncState get() {
		var r = this.dsl.selectFrom(SYNC_STATE).where(SYNC_STATE.ID.eq(THE_ROW)).fetchSingle();
		return new SyncState(r.getFeedCursor(), r.getRebuilding(), r.getOutboxSeqFloor(), instant(r.getLastSuccessAt()),
				instant(r.getLastAttemptAt()), r.getLastErrorCode(), r.getLastErrorDetail(), r.getConsecutiveFailures(),
				instant(r.getNextAttemptAt()), r.getClockOffsetMs(), instant(r.getClockMeasuredAt()),
				r.getClockFlagged());
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void save(SyncState state) {
		this.dsl.update(SYNC_STATE)
			.set(SYNC_STATE.FEED_CURSOR, state.cursor())
			.set(SYNC_STATE.REBUILDING, state.rebuilding())
			.set(SYNC_STATE.OUTBOX_SEQ_FLOOR, state.outboxSeqFloor())
			.set(SYNC_STATE.LAST_SUCCESS_AT, at(state.lastSuccessAt()))
			.set(SYNC_STATE.LAST_ATTEMPT_AT, at(state.lastAttemptAt()))
			.set(SYNC_STATE.LAST_ERROR_CODE, state.lastErrorCode())
			.set(SYNC_STATE.LAST_ERROR_DETAIL, state.lastErrorDetail())
			.set(SYNC_STATE.CONSECUTIVE_FAILURES, state.consecutiveFailures())
			.set(SYNC_STATE.NEXT_ATTEMPT_AT, at(state.nextAttemptAt()))
			.set(SYNC_STATE.CLOCK_OFFSET_MS, state.clockOffsetMillis())
			.set(SYNC_STATE.CLOCK_MEASURED_AT, at(state.clockMeasuredAt()))
			.set(SYNC_STATE.CLOCK_FLAGGED, state.clockFlagged())
			.where(SYNC_STATE.ID.eq(THE_ROW))
			.execute();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
