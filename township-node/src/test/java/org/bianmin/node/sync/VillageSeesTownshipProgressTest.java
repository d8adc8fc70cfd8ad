package org.bianmin.node.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.sync.FeedEntry;
import org.bianmin.model.sync.PullPage;
import org.bianmin.model.sync.SyncProtocol;
import org.bianmin.node.VillageNodeTest;
import org.bianmin.node.attachments.persistence.AttachmentRepository;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.CaseEventExchange;
import org.bianmin.node.casework.CaseQueueService;
import org.bianmin.node.casework.QueueRow;
import org.bianmin.node.casework.WindowDesk;
import org.bianmin.node.catalog.NodeCatalogService;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.staff.StaffAccountService;
import org.bianmin.node.staff.StaffPrincipal;
import org.bianmin.node.storage.StorageSettings;
import org.bianmin.node.sync.persistence.OutboxRepository;
import org.bianmin.node.sync.persistence.SyncStateRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The village point QSLW after a pull: the agent's own case, handed to the township,
 * shows the township's progress in the agent's list.
 */
@VillageNodeTest
class VillageSeesTownshipProgressTest {

	@Autowired
	private NodeIdentity node;

	@Autowired
	private JsonMapper json;

	@Autowired
	private SyncStateRepository states;

	@Autowired
	private OutboxRepository outbox;

	@Autowired
	private CaseEventExchange exchange;

	@Autowired
	private AttachmentRepository attachmentRows;

	@Autowired
	private StorageSettings storage;

	@Autowired
	private NodeCatalogService catalog;

	@Autowired
	private PullService.FeedApplier applier;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private Clock clock;

	@Autowired
	private CaseCommandService commands;

	@Autowired
	private CaseQueueService queue;

	@Autowired
	private StaffAccountService staff;

	@Test
	void the_agent_sees_the_townships_acceptance_of_their_case() {
		Case filed = WindowDesk.done(this.commands.file(CaseFixtures.fileByProxy(CaseFixtures.PENSION,
				CaseFixtures.all(CaseFixtures.PENSION, MaterialState.RECEIVED)), CaseFixtures.AGENT));
		Case submitted = WindowDesk
			.done(this.commands.handle(filed.id(), new CaseCommand.Submit(), CaseFixtures.AGENT));
		assertThat(submitted.owner().value()).isEqualTo("QS");
		CommandResult.Done accepted = (CommandResult.Done) new CaseFixtures.Desk().at(Instant.now())
			.decide(submitted, new CaseCommand.Accept(List.of()), CaseFixtures.CLERK, CaseFixtures.AT_TOWNSHIP);
		try (FakeHub hub = new FakeHub()) {
			SyncHarness sync = new SyncHarness(hub, hub.connection(), this.node, this.json, this.states, this.outbox,
					this.exchange, this.attachmentRows, this.storage, this.catalog, this.applier,
					this.transactionManager, this.clock, 500, 256 * 1024);
			sync.resetState();
			hub.pages.add(new PullPage(SyncProtocol.VERSION, 0, 1, false, null,
					List.of(new FeedEntry.CaseEvents(accepted.events())), Instant.now()));

			assertThat(sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);
		}

		StaffPrincipal agent = this.staff.loadUserByUsername("agent");
		assertThat(this.queue.agentCases(agent, 0, 1000)).extracting((row) -> row.row())
			.filteredOn((QueueRow row) -> row.id().equals(filed.id()))
			.singleElement()
			.extracting(QueueRow::status)
			.isEqualTo(CaseStatus.ACCEPTED);
	}

}
