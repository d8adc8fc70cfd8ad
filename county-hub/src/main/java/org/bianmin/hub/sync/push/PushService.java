package org.bianmin.hub.sync.push;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bianmin.hub.cases.CaseEventStore;
import org.bianmin.hub.cases.CaseEventsStored;
import org.bianmin.hub.sync.persistence.NodeRepository;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseEventRejectedException;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.AckStatus;
import org.bianmin.model.sync.EventAck;
import org.bianmin.model.sync.PushAck;
import org.bianmin.model.sync.SyncProtocol;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a pushed batch event by event and stores what it may (docs/sync-protocol.md
 * 5.1): the stored events, their projections, the feed entries they cause, the refused
 * events kept for a person and the node's outbox position, all in one transaction. When
 * another hub instance stores the same events at the same moment, the unique keys fail
 * one transaction; it is run again and then answers DUPLICATE, so a batch sent to two
 * instances at once is stored once.
 *
 * <p>
 * Cost per batch, whatever its size: one query for the events already stored by id, one
 * for the stored events of the batch's cases (read only for cases whose earlier events
 * are stored), one prepared insert of the new events, one of new cases' projections and
 * one projection update, each bound per row (JDBC batches), the feed's writes, the
 * incidents' and one update of the node's row.
 */
@Service
class PushService {

	private static final Logger log = LoggerFactory.getLogger(PushService.class);

	private static final int ATTEMPTS = 5;

	private final CaseEventStore store;

	private final IncidentKeeper incidents;

	private final NodeRepository nodes;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final Clock clock;

	PushService(CaseEventStore store, IncidentKeeper incidents, NodeRepository nodes,
			PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
		this.store = store;
		this.incidents = incidents;
		this.nodes = nodes;
		this.transaction = new TransactionTemplate(transactions);
		this.json = json;
		this.clock = clock;
	}

	PushAck push(ReceivedBatch batch) {
		for (int attempt = 1;; attempt++) {
			try {
				List<EventAck> acks = this.transaction.execute((status) -> storeOnce(batch));
				return new PushAck(SyncProtocol.VERSION, batch.batchId(), acks, this.clock.instant());
			}
			catch (DuplicateKeyException | ConcurrencyFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				// another instance (or another batch) stored some of these events or
				// moved a
				// case on meanwhile: judge the batch again against what is stored now
				log.debug("batch {} of {} raced another transaction, attempt {}: {}", batch.batchId(), batch.node(),
						attempt, ex.getMessage());
			}
		}
	}

	private List<EventAck> storeOnce(ReceivedBatch batch) {
		List<EventId> ids = batch.events().stream().map(ReceivedBatch.ReceivedEvent::id).toList();
		Map<EventId, String> stored = this.store.storedJson(ids);
		Set<CaseId> toFold = new HashSet<>();
		for (ReceivedBatch.ReceivedEvent received : batch.events()) {
			if (received instanceof ReceivedBatch.Readable readable && !stored.containsKey(readable.id())
					&& readable.event().node().equals(batch.node())) {
				toFold.add(readable.event().caseId());
			}
		}
		Judge judge = new Judge(batch.node(), stored, this.store.eventsOf(toFold));
		List<EventAck> acks = new ArrayList<>(batch.events().size());
		List<IncidentKeeper.Refused> refused = new ArrayList<>();
		for (ReceivedBatch.ReceivedEvent received : batch.events()) {
			EventAck ack = judge.judge(received);
			acks.add(ack);
			if (!ack.status().isSettled()) {
				refused.add(new IncidentKeeper.Refused(received, ack));
			}
		}
		this.store.store(judge.appends(), judge.storedNow);
		this.incidents.keep(batch.node(), refused);
		this.nodes.raiseLastOutboxSeq(batch.node(), batch.lastOutboxSeq());
		return acks;
	}

	/** The rules of section 5.1 over one batch, in batch order. */
	private final class Judge {

		private final NodeCode signer;

		private final Map<EventId, String> stored;

		private final Map<CaseId, List<CaseEvent>> history;

		private final Map<CaseId, Progress> progress = new LinkedHashMap<>();

		private final Map<EventId, String> storedNow = new HashMap<>();

		Judge(NodeCode signer, Map<EventId, String> stored, Map<CaseId, List<CaseEvent>> history) {
			this.signer = signer;
			this.stored = stored;
			this.history = history;
		}

		EventAck judge(ReceivedBatch.ReceivedEvent received) {
			return switch (received) {
				case ReceivedBatch.Readable readable -> judge(readable);
				case ReceivedBatch.Unreadable unreadable -> judge(unreadable);
			};
		}

		private EventAck judge(ReceivedBatch.Unreadable unreadable) {
			CaseId caseId = unreadable.caseId();
			EventAck ack;
			NodeCode node = unreadable.node();
			if (node != null && !node.equals(this.signer)) {
				ack = foreign(unreadable.id(), node);
			}
			else if (this.stored.containsKey(unreadable.id()) || this.storedNow.containsKey(unreadable.id())) {
				// what is stored was readable: this is other content under the same id
				ack = conflict(unreadable.id());
			}
			else {
				ack = new EventAck(unreadable.id(), AckStatus.QUARANTINED, unreadable.why());
			}
			if (caseId != null && unreadable.sequence() != null) {
				progress(caseId).block(unreadable.sequence());
			}
			return ack;
		}

		private EventAck judge(ReceivedBatch.Readable readable) {
			CaseEvent event = readable.event();
			Progress progress = progress(event.caseId());
			// 1. only the signer's own events
			if (!event.node().equals(this.signer)) {
				progress.block(event.sequence());
				return foreign(event.id(), event.node());
			}
			// 2. stored before (or earlier in this batch): the same, or a conflict
			String storedJson = this.stored.getOrDefault(event.id(), this.storedNow.get(event.id()));
			if (storedJson != null) {
				if (sameContent(storedJson, readable)) {
					return new EventAck(event.id(), AckStatus.DUPLICATE, null);
				}
				progress.block(event.sequence());
				return conflict(event.id());
			}
			// 3. behind a refused event of the same case
			Integer blockedBy = progress.blockedBy;
			if (blockedBy != null) {
				return new EventAck(event.id(), AckStatus.QUARANTINED,
						RuleViolation.of("sync.rule.blockedBehind", blockedBy));
			}
			// 4. the case's rules, as at the node
			try {
				progress.apply(event);
			}
			catch (CaseEventRejectedException ex) {
				progress.block(event.sequence());
				AckStatus status = (ex.reason() == CaseEventRejectedException.Reason.NOT_OWNER) ? AckStatus.NOT_OWNER
						: AckStatus.QUARANTINED;
				return new EventAck(event.id(), status, ex.violation());
			}
			catch (RuntimeException ex) {
				progress.block(event.sequence());
				return new EventAck(event.id(), AckStatus.QUARANTINED, RuleViolation.of("sync.rule.unprocessable"));
			}
			// 5. stored
			this.storedNow.put(event.id(), readable.json());
			return new EventAck(event.id(), AckStatus.STORED, null);
		}

		private EventAck foreign(EventId id, NodeCode recordedBy) {
			return new EventAck(id, AckStatus.QUARANTINED,
					RuleViolation.of("sync.rule.foreignNode", recordedBy, this.signer));
		}

		private EventAck conflict(EventId id) {
			return new EventAck(id, AckStatus.CONFLICT, RuleViolation.of("sync.rule.conflict", id));
		}

		// the JSON text first (the hub wrote both); equal values in another field or
		// element order are the same content too
		private boolean sameContent(String storedJson, ReceivedBatch.Readable readable) {
			return storedJson.equals(readable.json())
					|| PushService.this.json.readValue(storedJson, CaseEvent.class).equals(readable.event());
		}

		private Progress progress(CaseId caseId) {
			return this.progress.computeIfAbsent(caseId,
					(id) -> new Progress(this.history.getOrDefault(id, List.of())));
		}

		List<CaseEventsStored.StoredCase> appends() {
			List<CaseEventsStored.StoredCase> appends = new ArrayList<>();
			for (Progress case_ : this.progress.values()) {
				if (!case_.added.isEmpty()) {
					appends.add(new CaseEventsStored.StoredCase(case_.current(), case_.added));
				}
			}
			return appends;
		}

	}

	/** One case in the batch: as stored, then with the batch's events applied. */
	private static final class Progress {

		private final List<CaseEvent> stored;

		private final List<CaseEvent> added = new ArrayList<>();

		private @Nullable Case current;

		private boolean folded;

		private @Nullable Integer blockedBy;

		Progress(List<CaseEvent> stored) {
			this.stored = stored;
		}

		Case current() {
			fold();
			return java.util.Objects.requireNonNull(this.current);
		}

		// the stored events are folded only for a case that needs it
		private void fold() {
			if (!this.folded) {
				this.current = this.stored.isEmpty() ? null : Case.replay(this.stored);
				this.folded = true;
			}
		}

		void block(int sequence) {
			if (this.blockedBy == null) {
				this.blockedBy = sequence;
			}
		}

		void apply(CaseEvent event) {
			fold();
			Case before = this.current;
			Case after;
			if (before == null) {
				if (event.sequence() != 1) {
					throw new CaseEventRejectedException(CaseEventRejectedException.Reason.OUT_OF_SEQUENCE,
							RuleViolation.of("case.rule.gap", 1, event.sequence()));
				}
				after = Case.replay(List.of(event));
			}
			else if (event.sequence() <= before.version()) {
				// the sequence is taken by another event: the node wrote where it no
				// longer
				// owned the case, or the two disagree
				throw takenSequence(event);
			}
			else {
				after = before.apply(event);
			}
			this.current = after;
			this.added.add(event);
		}

		private CaseEventRejectedException takenSequence(CaseEvent event) {
			List<CaseEvent> all = new ArrayList<>(this.stored);
			all.addAll(this.added);
			if (event.sequence() > 1) {
				Case before = Case.replay(all.subList(0, event.sequence() - 1));
				if (!before.isOwnedBy(event.node())) {
					return new CaseEventRejectedException(CaseEventRejectedException.Reason.NOT_OWNER,
							RuleViolation.of("case.rule.notOwner", event.node(), before.owner()));
				}
			}
			return new CaseEventRejectedException(CaseEventRejectedException.Reason.OUT_OF_SEQUENCE,
					RuleViolation.of("sync.rule.sequenceTaken", event.sequence()));
		}

	}

}
