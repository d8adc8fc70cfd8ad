package org.bianmin.node.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

import org.bianmin.model.sync.NodeReport;
import org.bianmin.model.sync.SyncProtocol;
import org.bianmin.node.attachments.AttachmentService;
import org.bianmin.node.attachments.AttachmentStatus;
import org.bianmin.node.catalog.NodeCatalogService;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.sync.client.HubClient;
import org.bianmin.node.sync.client.HubRefusedException;
import org.bianmin.node.sync.client.HubUnavailableException;
import org.bianmin.node.sync.persistence.OutboxRepository;
import org.bianmin.node.sync.persistence.OutboxState;
import org.bianmin.node.sync.persistence.SyncState;
import org.bianmin.node.sync.persistence.SyncStateRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs a sync (docs/sync-protocol.md section 10): pull until drained, upload waiting
 * scans, push until the outbox holds nothing PENDING, fetch scans of pulled cases,
 * report. One run at a time, whoever starts it (the Quartz job or "立即同步"). An unreachable
 * hub is a normal state: the run ends as offline and the next scheduled attempt waits
 * with exponential backoff and full jitter; a refusal is an error a person must fix,
 * retried at the capped interval.
 */
public class SyncRunner implements DisposableBean, ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(SyncRunner.class);

	/** {@code last_error_code} of an unreachable hub. */
	public static final String OFFLINE = "OFFLINE";

	/**
	 * {@code last_error_code} of a failure on this node's side (a bug or a full disk).
	 */
	public static final String LOCAL_ERROR = "LOCAL_ERROR";

	private final ReentrantLock running = new ReentrantLock();

	// the scheduler starts with the context, before the application runners (the demo's
	// seeding among them) have finished: a scheduled run waits until the node is ready
	private volatile boolean ready;

	private final ExecutorService background = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("sync-now").daemon().factory());

	private final HubConnection connection;

	private final PullService pull;

	private final PushService push;

	private final AttachmentTransfer attachments;

	private final HubClient hub;

	private final SyncStateRepository states;

	private final OutboxRepository outbox;

	private final AttachmentService attachmentStore;

	private final NodeCatalogService catalog;

	private final NodeIdentity node;

	private final ClockOffset clockOffset;

	private final Backoff backoff;

	private final TransactionOperations transactions;

	private final Clock clock;

	private final SyncProgress.Tracker progress = new SyncProgress.Tracker();

	SyncRunner(HubConnection connection, PullService pull, PushService push, AttachmentTransfer attachments,
			HubClient hub, SyncStateRepository states, OutboxRepository outbox, AttachmentService attachmentStore,
			NodeCatalogService catalog, NodeIdentity node, ClockOffset clockOffset, Backoff backoff,
			TransactionOperations transactions, Clock clock) {
		this.connection = connection;
		this.pull = pull;
		this.push = push;
		this.attachments = attachments;
		this.hub = hub;
		this.states = states;
		this.outbox = outbox;
		this.attachmentStore = attachmentStore;
		this.catalog = catalog;
		this.node = node;
		this.clockOffset = clockOffset;
		this.backoff = backoff;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** How a call to run ended. */
	public enum Outcome {

		/** Everything pulled, uploaded and pushed. */
		DONE,

		/** The hub could not be reached; tried again later with backoff. */
		OFFLINE,

		/** The hub refused, or this node failed: shown as the last error. */
		FAILED,

		/** Another run is under way. */
		BUSY,

		/**
		 * The scheduled attempt waits: for its backoff, or for the node to finish
		 * starting.
		 */
		WAITING,

		/** No secret configured: the node works offline only. */
		NOT_CONFIGURED

	}

	/** "立即同步": starts a run in the background now, whatever the backoff says. */
	public void requestNow() {
		this.background.execute(() -> run(true));
	}

	/** The scheduled job's run: skipped while the backoff says wait. */
	public Outcome runScheduled() {
		if (!this.ready) {
			return Outcome.WAITING;
		}
		return run(false);
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		markReady();
	}

	void markReady() {
		this.ready = true;
	}

	/** Whether a run is under way now. */
	public boolean isRunning() {
		return this.running.isLocked();
	}

	@Nullable SyncProgress progress() {
		return this.progress.current();
	}

	/**
	 * Runs a sync in the calling thread.
	 * @param now true to ignore the backoff ("立即同步")
	 */
	public Outcome run(boolean now) {
		if (!this.connection.isConfigured()) {
			return Outcome.NOT_CONFIGURED;
		}
		if (!this.running.tryLock()) {
			return Outcome.BUSY;
		}
		try {
			SyncState state = this.states.get();
			Instant started = this.clock.instant();
			if (!now && state.nextAttemptAt() != null && started.isBefore(state.nextAttemptAt())) {
				return Outcome.WAITING;
			}
			save((current) -> current.attempted(started));
			return runSteps(state.consecutiveFailures());
		}
		finally {
			this.progress.finish();
			this.running.unlock();
		}
	}

	private Outcome runSteps(int failuresBefore) {
		try {
			this.pull.pullAll(this.progress);
			this.attachments.uploadPending(this.progress);
			this.push.pushPending(this.progress);
			this.attachments.downloadRemote();
			report();
			save((current) -> current.succeeded(this.clock.instant()));
			return Outcome.DONE;
		}
		catch (HubUnavailableException ex) {
			log.info("The hub is unreachable: {}", ex.getMessage());
			Instant next = this.clock.instant().plus(this.backoff.delay(failuresBefore));
			save((current) -> current.failed(OFFLINE, ex.getMessage(), next));
			return Outcome.OFFLINE;
		}
		catch (HubRefusedException ex) {
			log.warn("The hub refused a sync request: {}", ex.getMessage());
			Instant next = this.clock.instant().plus(this.backoff.afterRefusal());
			save((current) -> current.failed(ex.code(), ex.detail(), next));
			return Outcome.FAILED;
		}
		catch (RuntimeException ex) {
			log.error("Sync failed on this node", ex);
			Instant next = this.clock.instant().plus(this.backoff.afterRefusal());
			save((current) -> current.failed(LOCAL_ERROR, ex.toString(), next));
			return Outcome.FAILED;
		}
	}

	/** Tells the hub where the node stands; its answer is only informative. */
	private void report() {
		this.progress.start(SyncProgress.Phase.REPORT, 1);
		SyncState state = this.states.get();
		NodeReport report = new NodeReport(SyncProtocol.VERSION, this.node.code(), state.cursor(),
				Math.max(this.outbox.maxSeq(), state.outboxSeqFloor()), this.outbox.count(OutboxState.PENDING),
				this.outbox.count(OutboxState.REJECTED), this.attachmentStore.count(AttachmentStatus.PENDING),
				this.catalog.currentVersion());
		try {
			this.hub.report(report);
		}
		catch (HubRefusedException ex) {
			// the work is done; a hub that cannot take the report does not undo it
			log.warn("The hub did not take the node's report: {}", ex.getMessage());
		}
		this.progress.advance(1);
	}

	/** Saves the state with the latest clock measurement, in a transaction of its own. */
	private void save(java.util.function.UnaryOperator<SyncState> change) {
		ClockOffset.Measurement measured = this.clockOffset.latest();
		this.transactions.executeWithoutResult((status) -> {
			SyncState changed = change.apply(this.states.get());
			if (measured.measured()) {
				changed = changed.withClock(measured.offsetMillis(), measured.measuredAt(), measured.flagged());
			}
			this.states.save(changed);
		});
	}

	@Override
	public void destroy() {
		this.background.shutdownNow();
	}

}
