package org.bianmin.node.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;

import org.bianmin.node.attachments.AttachmentService;
import org.bianmin.node.attachments.AttachmentSource;
import org.bianmin.node.attachments.persistence.AttachmentRepository;
import org.bianmin.node.casework.CaseEventExchange;
import org.bianmin.node.catalog.NodeCatalogService;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.storage.StorageSettings;
import org.bianmin.node.sync.client.HubClient;
import org.bianmin.node.sync.persistence.OutboxRepository;
import org.bianmin.node.sync.persistence.SyncState;
import org.bianmin.node.sync.persistence.SyncStateRepository;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The node's sync steps wired as {@link SyncConfiguration} wires them, on the test node's
 * real beans, database and files, but talking to a {@link FakeHub}.
 */
final class SyncHarness {

	final FakeHub hub;

	final ClockOffset clockOffset;

	final SyncRunner runner;

	/** A runner of a node whose application runners have not finished yet. */
	final SyncRunner starting;

	private final SyncStateRepository states;

	private final TransactionTemplate transactions;

	SyncHarness(FakeHub hub, HubConnection connection, NodeIdentity node, JsonMapper json, SyncStateRepository states,
			OutboxRepository outbox, CaseEventExchange cases, AttachmentRepository attachmentRows,
			StorageSettings storage, NodeCatalogService catalog, PullService.FeedApplier applier,
			PlatformTransactionManager transactionManager, Clock clock, int batchSize, int chunkSize) {
		this.hub = hub;
		this.states = states;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clockOffset = new ClockOffset(Clock.systemUTC(), Duration.ofMinutes(2));
		SyncSettings settings = new SyncSettings(false, null, batchSize, 200, chunkSize, null, null, null,
				Duration.ofSeconds(2), Duration.ofSeconds(5));
		HubClient client = new HubClient(connection, node.code(), this.clockOffset, json, settings,
				new SplittableRandom(11));
		// the node's attachment store, but fetching what it lacks from the stand-in hub
		AttachmentService attachments = new AttachmentService(attachmentRows, storage,
				new StaticListableBeanFactory(Map.of("hubSource", new HubAttachmentSource(client, connection)))
					.getBeanProvider(AttachmentSource.class),
				clock, transactionManager);
		AttachmentTransfer transfer = new AttachmentTransfer(client, attachments, settings.chunkSize());
		PullService pull = new PullService(client, states, outbox, applier, this.transactions, settings.pageSize());
		PushService push = new PushService(outbox, cases, transfer, client, node, this.transactions, clock,
				settings.batchSize());
		this.runner = new SyncRunner(connection, pull, push, transfer, client, states, outbox, attachments, catalog,
				node, this.clockOffset,
				new Backoff(settings.backoffBase(), settings.backoffCap(), new SplittableRandom(3)), this.transactions,
				clock);
		this.runner.markReady();
		this.starting = new SyncRunner(connection, pull, push, transfer, client, states, outbox, attachments, catalog,
				node, this.clockOffset,
				new Backoff(settings.backoffBase(), settings.backoffCap(), new SplittableRandom(3)), this.transactions,
				clock);
	}

	/** Back to a node that never synced: cursor 0, no error, no backoff. */
	void resetState() {
		this.transactions.executeWithoutResult((status) -> this.states
			.save(new SyncState(0, false, 0, null, null, null, null, 0, null, null, null, false)));
	}

	SyncState state() {
		return this.states.get();
	}

	void setCursor(long cursor) {
		this.transactions
			.executeWithoutResult((status) -> this.states.save(this.states.get().withCursor(cursor, false)));
	}

}
