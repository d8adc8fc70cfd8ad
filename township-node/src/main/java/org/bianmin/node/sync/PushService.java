package org.bianmin.node.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bianmin.model.cases.CaseChange;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.sync.AckStatus;
import org.bianmin.model.sync.EventAck;
import org.bianmin.model.sync.PushAck;
import org.bianmin.model.sync.PushBatch;
import org.bianmin.model.sync.SyncProtocol;
import org.bianmin.node.casework.CaseEventExchange;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.sync.client.HubClient;
import org.bianmin.node.sync.persistence.OutboxEntry;
import org.bianmin.node.sync.persistence.OutboxRepository;
import org.bianmin.node.sync.persistence.OutboxState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Drains the outbox (docs/sync-protocol.md section 5): PENDING rows in outbox order, in
 * batches, until none is left. The hub's answers are applied per event in one transaction
 * per batch: STORED and DUPLICATE settle a row, every other answer makes it REJECTED with
 * its reason, for a person, and the drain goes on with the rows behind it. A cut before
 * the answer is read leaves the batch PENDING: it is sent again and answered DUPLICATE.
 */
class PushService {

	private static final Logger log = LoggerFactory.getLogger(PushService.class);

	private final OutboxRepository outbox;

	private final CaseEventExchange exchange;

	private final AttachmentTransfer attachments;

	private final HubClient hub;

	private final NodeIdentity node;

	private final TransactionOperations transactions;

	private final Clock clock;

	private final int batchSize;

	PushService(OutboxRepository outbox, CaseEventExchange exchange, AttachmentTransfer attachments, HubClient hub,
			NodeIdentity node, TransactionOperations transactions, Clock clock, int batchSize) {
		this.outbox = outbox;
		this.exchange = exchange;
		this.attachments = attachments;
		this.hub = hub;
		this.node = node;
		this.transactions = transactions;
		this.clock = clock;
		this.batchSize = batchSize;
	}

	/**
	 * Pushes until no PENDING row is left.
	 * @return events the hub settled
	 */
	int pushPending(SyncProgress.Tracker progress) {
		progress.start(SyncProgress.Phase.PUSH, this.outbox.count(OutboxState.PENDING));
		int settled = 0;
		while (true) {
			List<OutboxEntry> rows = this.outbox.inState(OutboxState.PENDING, this.batchSize);
			if (rows.isEmpty()) {
				return settled;
			}
			List<CaseEvent> events = this.exchange
				.events(rows.stream().map((row) -> EventId.of(row.eventId())).toList());
			if (events.size() != rows.size()) {
				setAsideOrphans(rows, events);
				progress.advance(rows.size() - events.size());
				continue;
			}
			uploadScansFirst(events);
			PushBatch batch = new PushBatch(SyncProtocol.VERSION, this.node.code(), UUID.randomUUID(),
					rows.getLast().seq(), events);
			PushAck ack = this.hub.push(batch);
			int answered = apply(rows, batch, ack);
			settled += answered;
			progress.advance(rows.size());
			if (answered == 0) {
				// nothing moved: sending the same rows again would loop for ever
				throw new IllegalStateException("the hub's answer settled none of batch " + batch.batchId());
			}
		}
	}

	/**
	 * An outbox row whose event is not in the case store cannot happen through the
	 * command path (both are written in one transaction); should one exist (a damaged
	 * database, a hand-made row), it is set aside as refused, so that a person sees it
	 * and the rows behind it still go out.
	 */
	private void setAsideOrphans(List<OutboxEntry> rows, List<CaseEvent> events) {
		java.util.Set<UUID> found = new java.util.HashSet<>();
		events.forEach((event) -> found.add(event.id().value()));
		List<OutboxEntry> orphans = rows.stream().filter((row) -> !found.contains(row.eventId())).toList();
		this.transactions.executeWithoutResult((status) -> {
			for (OutboxEntry orphan : orphans) {
				log.error("Outbox row {} names event {}, which is not stored here: set aside", orphan.seq(),
						orphan.eventId());
				this.outbox.markRejected(orphan.eventId(), AckStatus.QUARANTINED,
						RuleViolation.of("sync.local.eventMissing", orphan.seq()), this.clock.instant());
			}
		});
	}

	/** The hub needs a scan before the event that names it (section 9). */
	private void uploadScansFirst(List<CaseEvent> events) {
		for (CaseEvent event : events) {
			if (event.change() instanceof CaseChange.MaterialScanned scanned) {
				this.attachments.uploadIfPending(scanned.sha256());
			}
		}
	}

	private int apply(List<OutboxEntry> rows, PushBatch batch, PushAck ack) {
		if (!batch.batchId().equals(ack.batchId()) || ack.acks().size() != batch.events().size()) {
			throw new IllegalStateException("the hub's answer does not match batch " + batch.batchId() + ": "
					+ ack.acks().size() + " acks for " + batch.events().size() + " events");
		}
		java.util.Map<UUID, Long> seqs = new java.util.HashMap<>();
		rows.forEach((row) -> seqs.put(row.eventId(), row.seq()));
		List<Long> synced = new ArrayList<>();
		List<EventAck> refused = new ArrayList<>();
		for (int i = 0; i < ack.acks().size(); i++) {
			EventAck answer = ack.acks().get(i);
			if (!answer.eventId().equals(batch.events().get(i).id())) {
				throw new IllegalStateException("the hub's acks are not in the batch's order at " + i);
			}
			if (answer.status().isSettled()) {
				synced.add(seqs.get(answer.eventId().value()));
			}
			else {
				refused.add(answer);
			}
		}
		this.transactions.executeWithoutResult((status) -> {
			this.outbox.markSynced(synced, this.clock.instant());
			for (EventAck answer : refused) {
				this.outbox.markRejected(answer.eventId().value(), answer.status(), answer.reason(),
						this.clock.instant());
			}
		});
		for (EventAck answer : refused) {
			log.warn("The hub refused event {}: {} {}", answer.eventId(), answer.status(), answer.reason());
		}
		return synced.size() + refused.size();
	}

}
