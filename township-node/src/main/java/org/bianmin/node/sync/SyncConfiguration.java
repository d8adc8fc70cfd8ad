package org.bianmin.node.sync;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.node.attachments.AttachmentService;
import org.bianmin.node.attachments.AttachmentSource;
import org.bianmin.node.casework.CaseEventExchange;
import org.bianmin.node.catalog.NodeCatalogService;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.staff.StaffAccountService;
import org.bianmin.node.sync.client.HubClient;
import org.bianmin.node.sync.persistence.OutboxRepository;
import org.bianmin.node.sync.persistence.SyncProblemRepository;
import org.bianmin.node.sync.persistence.SyncState;
import org.bianmin.node.sync.persistence.SyncStateRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sync's beans. The node's {@link Clock} is made here: the casework's clock is the
 * machine's, corrected by the offset to the hub while the node is flagged (section 7 of
 * docs/sync-protocol.md, docs/adr/0017).
 */
@Configuration(proxyBeanMethods = false)
class SyncConfiguration {

	@Bean
	ClockOffset clockOffset(SyncSettings settings) {
		// the county's offices keep Beijing time, wherever the node's OS clock is set
		return new ClockOffset(Clock.system(ServiceTime.SERVICE_ZONE), settings.clockSkewBound());
	}

	@Bean
	@Primary
	Clock clock(ClockOffset offset, SyncStateRepository states) {
		SyncState state = states.get();
		offset.restore(state.clockOffsetMillis(), state.clockMeasuredAt());
		return new HubCorrectedClock(offset);
	}

	@Bean
	@Qualifier("sync")
	RandomGenerator syncRandom() {
		return new SecureRandom();
	}

	@Bean(destroyMethod = "close")
	HubClient hubClient(HubConnection connection, NodeIdentity node, ClockOffset offset, JsonMapper json,
			SyncSettings settings, @Qualifier("sync") RandomGenerator random) {
		return new HubClient(connection, node.code(), offset, json, settings, random);
	}

	@Bean
	AttachmentSource hubAttachmentSource(HubClient hub, HubConnection connection) {
		return new HubAttachmentSource(hub, connection);
	}

	@Bean
	PullService.FeedApplier feedApplier(CaseEventExchange cases, NodeCatalogService catalog, StaffAccountService staff,
			AttachmentService attachments, SyncProblemRepository problems, SyncStateRepository states,
			OutboxRepository outbox, Clock clock) {
		return new PullService.FeedApplier(cases, catalog, staff, attachments, problems, states, outbox, clock);
	}

	@Bean
	SyncRunner syncRunner(HubConnection connection, SyncSettings settings, HubClient hub, SyncStateRepository states,
			OutboxRepository outbox, CaseEventExchange cases, AttachmentService attachments, NodeCatalogService catalog,
			NodeIdentity node, ClockOffset offset, PullService.FeedApplier applier,
			PlatformTransactionManager transactionManager, Clock clock, @Qualifier("sync") RandomGenerator random) {
		TransactionTemplate transactions = new TransactionTemplate(transactionManager);
		AttachmentTransfer transfer = new AttachmentTransfer(hub, attachments, settings.chunkSize());
		PullService pull = new PullService(hub, states, outbox, applier, transactions, settings.pageSize());
		PushService push = new PushService(outbox, cases, transfer, hub, node, transactions, clock,
				settings.batchSize());
		return new SyncRunner(connection, pull, push, transfer, hub, states, outbox, attachments, catalog, node, offset,
				new Backoff(settings.backoffBase(), settings.backoffCap(), random), transactions, clock);
	}

	@Bean
	SyncStatusService syncStatusService(HubConnection connection, SyncStateRepository states, OutboxRepository outbox,
			SyncProblemRepository problems, AttachmentService attachments, SyncRunner runner, ClockOffset offset) {
		return new SyncStatusService(connection, states, outbox, problems, attachments, runner, offset);
	}

	@Bean
	SyncIssuesService syncIssuesService(OutboxRepository outbox, SyncProblemRepository problems, Clock clock) {
		return new SyncIssuesService(outbox, problems, clock);
	}

}
