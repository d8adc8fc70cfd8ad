package org.bianmin.node.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import org.jspecify.annotations.Nullable;
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
	 * Pushes until no PENDING row is left. While the hub works on a batch, a second
	 * thread reads and encodes the rows behind it (they stay PENDING until their own
	 * answer); answers are still applied one batch after the other, in outbox order.
	 * @return events the hub settled
	 */
	int pushPending(SyncProgress.Tracker progress) {
		progress.start(SyncProgress.Phase.PUSH, this.outbox.count(OutboxState.PENDING));
		ExecutorService ahead = Executors
			.newSingleThreadExecutor(Thread.ofPlatform().name("bianmin-push-ahead").daemon(true).factory());
		Future<Prepared> next = null;
		try {
			int settled = 0;
			Prepared batch = prepare(NONE);
			while (true) {
				if (batch.rows().isEmpty()) {
					if (batch.after() == NONE) {
						return settled;
					}
					// a last look from the start: rows that became PENDING behind the
					// read position meanwhile (a person sent a refused event again)
					batch = prepare(NONE);
					continue;
				}
				if (batch.orphans()) {
					setAsideOrphans(batch.rows(), batch.events());
					progress.advance(batch.rows().size() - batch.events().size());
					batch = prepare(batch.after());
					continue;
				}
				uploadScansFirst(batch.events());
				long last = batch.rows().getLast().seq();
				next = ahead.submit(() -> prepare(last));
				PushAck ack = this.hub.push(batch.encoded());
				int answered = apply(batch.rows(), batch.encoded().batch(), ack);
				settled += answered;
				progress.advance(batch.rows().size());
				if (answered == 0) {
					// nothing moved: sending the same rows again would loop for ever
					throw new IllegalStateException(
							"the hub's answer settled none of batch " + batch.encoded().batch().batchId());
				}
				batch = waitFor(next);
				next = null;
			}
		}
		finally {
			// never interrupted: an interrupt during a read of the database file would
			// close it
			if (next != null) {
				try {
					next.get();
				}
				catch (ExecutionException | InterruptedException | RuntimeException ex) {
					// the run fails for its own reason; this batch is read again next run
				}
			}
			ahead.shutdown();
		}
	}

	private static final long NONE = -1;

	/**
	 * A batch ready to send.
	 *
	 * @param after the read position it was read behind ({@link #NONE}: from the start)
	 * @param rows the PENDING rows, in outbox order
	 * @param events their events, in the same order; fewer when some are missing
	 * @param encoded the body to send, empty when events are missing
	 */
	private record Prepared(long after, List<OutboxEntry> rows, List<CaseEvent> events,
			HubClient.@Nullable EncodedBatch encoded) {

		boolean orphans() {
			return this.events.size() != this.rows.size();
		}

		@Override
		public HubClient.EncodedBatch encoded() {
			return java.util.Objects.requireNonNull(this.encoded);
		}

	}

	private Prepared prepare(long after) {
		List<OutboxEntry> rows = (after == NONE) ? this.outbox.inState(OutboxState.PENDING, this.batchSize)
				: this.outbox.inStateAfter(OutboxState.PENDING, after, this.batchSize);
		if (rows.isEmpty()) {
			return new Prepared(after, rows, List.of(), null);
		}
		List<CaseEvent> events = this.exchange.events(rows.stream().map((row) -> EventId.of(row.eventId())).toList());
		if (events.size() != rows.size()) {
			return new Prepared(after, rows, events, null);
		}
		PushBatch batch = new PushBatch(SyncProtocol.VERSION, this.node.code(), UUID.randomUUID(), rows.getLast().seq(),
				events);
		return new Prepared(after, rows, events, this.hub.encode(batch));
	}

	private static Prepared waitFor(Future<Prepared> next) {
		try {
			return next.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the next batch was read", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
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
