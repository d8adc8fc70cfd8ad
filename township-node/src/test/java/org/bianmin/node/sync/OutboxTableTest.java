package org.bianmin.node.sync;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.bianmin.node.TownshipNodeTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.bianmin.node.jooq.Tables.OUTBOX;

/**
 * The outbox table as migration V2 makes it, on the node's real H2: what the sync push
 * will rely on.
 */
@TownshipNodeTest
class OutboxTableTest {

	private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 11, 25, 9, 30, 0, 0, ZoneOffset.ofHours(8));

	@Autowired
	private DSLContext dsl;

	@Test
	void numbers_rows_in_insert_order_and_starts_them_pending() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();

		long firstSeq = insert(first);
		long secondSeq = insert(second);

		assertThat(secondSeq).isGreaterThan(firstSeq);
		var row = this.dsl.selectFrom(OUTBOX).where(OUTBOX.EVENT_ID.eq(first)).fetchSingle();
		assertThat(row.getState()).isEqualTo("PENDING");
		assertThat(row.getLastError()).isNull();
		assertThat(row.getCreatedAt()).isEqualTo(CREATED);
	}

	@Test
	void keeps_each_event_once() {
		UUID event = UUID.randomUUID();
		insert(event);

		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> insert(event));
	}

	@Test
	void knows_only_the_four_sync_states() {
		long seq = insert(UUID.randomUUID());

		for (String state : new String[] { "UPLOADING", "SYNCED", "REJECTED", "PENDING" }) {
			this.dsl.update(OUTBOX).set(OUTBOX.STATE, state).where(OUTBOX.SEQ.eq(seq)).execute();
		}
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.dsl.update(OUTBOX).set(OUTBOX.STATE, "LOST").where(OUTBOX.SEQ.eq(seq)).execute());
	}

	@Test
	void holds_an_error_of_500_characters() {
		long seq = insert(UUID.randomUUID());
		String error = "哈".repeat(500);

		this.dsl.update(OUTBOX)
			.set(OUTBOX.STATE, "REJECTED")
			.set(OUTBOX.LAST_ERROR, error)
			.where(OUTBOX.SEQ.eq(seq))
			.execute();

		assertThat(this.dsl.select(OUTBOX.LAST_ERROR).from(OUTBOX).where(OUTBOX.SEQ.eq(seq)).fetchSingle().value1())
			.isEqualTo(error);
	}

	@Test
	void refuses_to_set_the_sequence_by_hand() {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> this.dsl.insertInto(OUTBOX, OUTBOX.SEQ, OUTBOX.EVENT_ID, OUTBOX.CASE_ID, OUTBOX.CREATED_AT)
					.values(1L, UUID.randomUUID(), UUID.randomUUID(), CREATED)
					.execute());
	}

	private long insert(UUID eventId) {
		return this.dsl.insertInto(OUTBOX, OUTBOX.EVENT_ID, OUTBOX.CASE_ID, OUTBOX.CREATED_AT)
			.values(eventId, UUID.randomUUID(), CREATED)
			.returning(OUTBOX.SEQ)
			.fetchSingle()
			.getSeq();
	}

}
