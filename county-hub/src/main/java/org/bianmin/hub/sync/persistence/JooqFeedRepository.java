package org.bianmin.hub.sync.persistence;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.bianmin.model.cases.CaseId;
import org.bianmin.model.node.NodeCode;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.hub.jooq.Tables.FEED_CASE_INTEREST;
import static org.bianmin.hub.jooq.Tables.FEED_ENTRY;
import static org.bianmin.hub.jooq.Tables.SYNC_NODE;

@Repository
class JooqFeedRepository implements FeedRepository {

	private static final int INSERT_ROWS = 1000;

	private final DSLContext dsl;

	JooqFeedRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public OptionalLong advance(NodeCode node, int count) {
		int updated = this.dsl.update(SYNC_NODE)
			.set(SYNC_NODE.FEED_SEQ, SYNC_NODE.FEED_SEQ.plus(count))
			.where(SYNC_NODE.CODE.eq(node.value()))
			.execute();
		if (updated == 0) {
			return OptionalLong.empty();
		}
		// the transaction holds the row's lock now: this reads its own update
		return OptionalLong.of(this.dsl.select(SYNC_NODE.FEED_SEQ)
			.from(SYNC_NODE)
			.where(SYNC_NODE.CODE.eq(node.value()))
			.fetchSingle()
			.value1());
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(List<Entry> entries) {
		for (int from = 0; from < entries.size(); from += INSERT_ROWS) {
			var insert = this.dsl.insertInto(FEED_ENTRY, FEED_ENTRY.NODE_CODE, FEED_ENTRY.SEQ, FEED_ENTRY.KIND,
					FEED_ENTRY.CASE_ID, FEED_ENTRY.FROM_SEQUENCE, FEED_ENTRY.TO_SEQUENCE, FEED_ENTRY.OWN,
					FEED_ENTRY.REF, FEED_ENTRY.CREATED_AT);
			for (Entry entry : entries.subList(from, Math.min(entries.size(), from + INSERT_ROWS))) {
				CaseId caseId = entry.caseId();
				insert = insert.values(entry.node().value(), entry.seq(), entry.kind().name(),
						(caseId == null) ? null : caseId.value(), entry.fromSequence(), entry.toSequence(), entry.own(),
						entry.ref(), entry.createdAt().atOffset(ZoneOffset.UTC));
			}
			insert.execute();
		}
	}

	@Override
	public Head head(NodeCode node) {
		return this.dsl.select(SYNC_NODE.FEED_SEQ, SYNC_NODE.LAST_OUTBOX_SEQ)
			.from(SYNC_NODE)
			.where(SYNC_NODE.CODE.eq(node.value()))
			.fetchSingle((r) -> new Head(r.value1(), r.value2()));
	}

	@Override
	public List<Entry> after(NodeCode node, long after, long upTo, int limit, boolean includeOwn) {
		Condition condition = FEED_ENTRY.NODE_CODE.eq(node.value())
			.and(FEED_ENTRY.SEQ.gt(after))
			.and(FEED_ENTRY.SEQ.le(upTo));
		if (!includeOwn) {
			// ix_feed_entry_others (node_code, own, seq): a range scan that never reads
			// own
			// entries
			condition = condition.and(FEED_ENTRY.OWN.eq(false));
		}
		return this.dsl
			.select(FEED_ENTRY.SEQ, FEED_ENTRY.KIND, FEED_ENTRY.CASE_ID, FEED_ENTRY.FROM_SEQUENCE,
					FEED_ENTRY.TO_SEQUENCE, FEED_ENTRY.OWN, FEED_ENTRY.REF, FEED_ENTRY.CREATED_AT)
			.from(FEED_ENTRY)
			.where(condition)
			.orderBy(FEED_ENTRY.SEQ)
			.limit(limit)
			.fetch((r) -> new Entry(node, r.value1(), Kind.valueOf(r.value2()),
					(r.value3() == null) ? null : CaseId.of(r.value3()), r.value4(), r.value5(), r.value6(), r.value7(),
					r.value8().toInstant()));
	}

	@Override
	public Map<CaseId, Map<NodeCode, Integer>> interests(Collection<CaseId> cases) {
		Map<CaseId, Map<NodeCode, Integer>> interests = new HashMap<>();
		if (cases.isEmpty()) {
			return interests;
		}
		this.dsl.select(FEED_CASE_INTEREST.CASE_ID, FEED_CASE_INTEREST.NODE_CODE, FEED_CASE_INTEREST.LAST_SEQUENCE)
			.from(FEED_CASE_INTEREST)
			.where(FEED_CASE_INTEREST.CASE_ID.in(cases.stream().map(CaseId::value).toList()))
			.forEach((r) -> interests.computeIfAbsent(CaseId.of(r.value1()), (id) -> new HashMap<>())
				.put(NodeCode.of(r.value2()), r.value3()));
		return interests;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void insertInterests(List<Interest> interests) {
		for (int from = 0; from < interests.size(); from += INSERT_ROWS) {
			var insert = this.dsl.insertInto(FEED_CASE_INTEREST, FEED_CASE_INTEREST.CASE_ID,
					FEED_CASE_INTEREST.NODE_CODE, FEED_CASE_INTEREST.LAST_SEQUENCE);
			for (Interest interest : interests.subList(from, Math.min(interests.size(), from + INSERT_ROWS))) {
				insert = insert.values(interest.caseId().value(), interest.node().value(), interest.lastSequence());
			}
			insert.execute();
		}
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void updateInterests(List<Interest> interests) {
		if (interests.isEmpty()) {
			return;
		}
		List<Query> updates = new ArrayList<>(interests.size());
		for (Interest interest : interests) {
			updates.add(this.dsl.update(FEED_CASE_INTEREST)
				.set(FEED_CASE_INTEREST.LAST_SEQUENCE, interest.lastSequence())
				.where(FEED_CASE_INTEREST.CASE_ID.eq(interest.caseId().value())
					.and(FEED_CASE_INTEREST.NODE_CODE.eq(interest.node().value()))));
		}
		if (updates.size() == 1) {
			updates.getFirst().execute();
		}
		else {
			this.dsl.batch(updates).execute();
		}
	}

}
