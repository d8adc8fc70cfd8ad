package org.bianmin.node.sync;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bianmin.model.cases.CaseChange;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.sync.FeedEntry;
import org.bianmin.model.sync.PullPage;
import org.bianmin.model.sync.Resync;
import org.bianmin.node.attachments.AttachmentService;
import org.bianmin.node.casework.CaseEventExchange;
import org.bianmin.node.catalog.NodeCatalogService;
import org.bianmin.node.staff.StaffAccountService;
import org.bianmin.node.sync.client.HubClient;
import org.bianmin.node.sync.persistence.OutboxRepository;
import org.bianmin.node.sync.persistence.SyncProblemRepository;
import org.bianmin.node.sync.persistence.SyncState;
import org.bianmin.node.sync.persistence.SyncStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Pulls the node's feed (docs/sync-protocol.md section 6) until it is drained, and obeys
 * a resync (section 8). Each page is applied, and the cursor moved, in one transaction: a
 * failure anywhere in a page changes nothing, and the page is asked for again next time.
 * Applying is idempotent, so a page applied twice (a cut after the commit, a rebuild)
 * does no harm.
 */
class PullService {

	private static final Logger log = LoggerFactory.getLogger(PullService.class);

	/**
	 * More resyncs than this in one run mean the hub and the node go round in circles.
	 */
	private static final int MAX_RESYNCS_PER_RUN = 3;

	private final HubClient hub;

	private final SyncStateRepository states;

	private final OutboxRepository outbox;

	private final FeedApplier applier;

	private final TransactionOperations transactions;

	private final int pageSize;

	PullService(HubClient hub, SyncStateRepository states, OutboxRepository outbox, FeedApplier applier,
			TransactionOperations transactions, int pageSize) {
		this.hub = hub;
		this.states = states;
		this.outbox = outbox;
		this.applier = applier;
		this.transactions = transactions;
		this.pageSize = pageSize;
	}

	/**
	 * Pulls pages until {@code more} is false.
	 * @return entries applied
	 */
	int pullAll(SyncProgress.Tracker progress) {
		progress.start(SyncProgress.Phase.PULL, 0);
		int applied = 0;
		int resyncs = 0;
		while (true) {
			SyncState state = this.states.get();
			long outboxSeq = Math.max(this.outbox.maxSeq(), state.outboxSeqFloor());
			PullPage page = this.hub.feed(state.cursor(), this.pageSize, outboxSeq, state.rebuilding());
			if (page.resync() != null) {
				if (++resyncs > MAX_RESYNCS_PER_RUN) {
					throw new IllegalStateException("the hub asked for a resync " + resyncs + " times in one run");
				}
				resync(page.resync());
				continue;
			}
			if (page.cursor() != state.cursor()) {
				throw new IllegalStateException(
						"the hub answered for cursor " + page.cursor() + ", not " + state.cursor());
			}
			this.transactions.executeWithoutResult((status) -> this.applier.apply(page));
			applied += page.entries().size();
			progress.advance(page.entries().size());
			if (!page.more()) {
				return applied;
			}
		}
	}

	/**
	 * Starts a rebuild from cursor 0, keeping everything not pushed yet. For NODE_BEHIND
	 * the outbox continues above the hub's position first: that is DDL, which H2 commits
	 * by itself, so it runs before the transaction and is harmless to repeat.
	 */
	void resync(Resync resync) {
		log.warn("The hub asked for a resync: {} (its outbox position for this node: {})", resync.reason(),
				resync.hubOutboxSeq());
		long floor = 0;
		if (resync.reason() == Resync.Reason.NODE_BEHIND) {
			floor = resync.hubOutboxSeq();
			long max = this.outbox.maxSeq();
			if (max < floor) {
				this.outbox.restartSeqAt(floor + 1);
			}
		}
		long newFloor = floor;
		this.transactions.executeWithoutResult((status) -> {
			if (resync.reason() == Resync.Reason.CURSOR_AHEAD) {
				int requeued = this.outbox.requeueSynced();
				log.warn("Sending {} events again: the hub lost them or may have", requeued);
			}
			this.states.save(this.states.get().rebuildFromZero(newFloor));
		});
	}

	/**
	 * Applies one page in the caller's transaction: a bean of its own only so that tests
	 * can make it fail half-way.
	 */
	static class FeedApplier {

		private final CaseEventExchange cases;

		private final NodeCatalogService catalog;

		private final StaffAccountService staff;

		private final AttachmentService attachments;

		private final SyncProblemRepository problems;

		private final SyncStateRepository states;

		private final OutboxRepository outbox;

		private final Clock clock;

		FeedApplier(CaseEventExchange cases, NodeCatalogService catalog, StaffAccountService staff,
				AttachmentService attachments, SyncProblemRepository problems, SyncStateRepository states,
				OutboxRepository outbox, Clock clock) {
			this.outbox = outbox;
			this.cases = cases;
			this.catalog = catalog;
			this.staff = staff;
			this.attachments = attachments;
			this.problems = problems;
			this.states = states;
			this.clock = clock;
		}

		void apply(PullPage page) {
			for (FeedEntry entry : page.entries()) {
				switch (entry) {
					case FeedEntry.CaseEvents caseEvents -> caseEvents(caseEvents.events());
					case FeedEntry.CatalogPublished published ->
						this.catalog.receive(published.catalog().toCatalogVersion());
					case FeedEntry.StaffAccount account -> this.staff.receive(account.staff());
					case FeedEntry.IncidentResolved resolved -> {
						if (!this.outbox.markResolved(resolved)) {
							// applied again (a rebuild), or an event this node no longer
							// holds unsettled: nothing to change
							log.debug("Resolution of event {} settles no outbox row", resolved.eventId());
						}
					}
				}
			}
			SyncState state = this.states.get();
			if (state.cursor() != page.cursor()) {
				// another run moved the cursor under this one: roll back rather than skip
				throw new IllegalStateException("the cursor moved from " + page.cursor() + " to " + state.cursor());
			}
			this.states.save(state.withCursor(page.nextCursor(), state.rebuilding() && page.more()));
		}

		private void caseEvents(List<CaseEvent> events) {
			// one case per entry by the protocol; grouped anyway, so a hub that sends
			// more is
			// still read right
			Map<CaseId, List<CaseEvent>> byCase = new LinkedHashMap<>();
			for (CaseEvent event : events) {
				byCase.computeIfAbsent(event.caseId(), (id) -> new java.util.ArrayList<>()).add(event);
			}
			for (List<CaseEvent> ofOneCase : byCase.values()) {
				CaseEventExchange.Intake intake = this.cases.receive(ofOneCase);
				for (CaseEventExchange.Disagreement disagreement : intake.disagreements()) {
					log.warn("Feed event {} of case {} not taken in: {}", disagreement.hubEvent(),
							disagreement.caseId(), disagreement.reason());
					this.problems.record(new SyncProblem(disagreement.caseId().value(), disagreement.sequence(),
							(disagreement.localEvent() != null) ? disagreement.localEvent().value() : null,
							disagreement.hubEvent().value(), disagreement.reason(), this.clock.instant()));
				}
				for (CaseEvent event : ofOneCase) {
					if (event.change() instanceof CaseChange.MaterialScanned scanned) {
						this.attachments.expect(scanned.sha256(), scanned.size(), scanned.mediaType(),
								scanned.fileName());
					}
				}
			}
		}

	}

}
