package org.bianmin.node.sync;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;

import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseChange;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.sync.FeedEntry;
import org.bianmin.model.sync.PullPage;
import org.bianmin.model.sync.RequestSignature;
import org.bianmin.model.sync.SyncProtocol;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.attachments.Attachment;
import org.bianmin.node.attachments.AttachmentService;
import org.bianmin.node.attachments.persistence.AttachmentRepository;
import org.bianmin.node.attachments.AttachmentStatus;
import org.bianmin.node.attachments.AttachmentTooLargeException;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.CaseDeskService;
import org.bianmin.node.casework.CaseEventExchange;
import org.bianmin.node.casework.WindowDesk;
import org.bianmin.node.catalog.NodeCatalogService;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.staff.StaffAccountService;
import org.bianmin.node.storage.StorageSettings;
import org.bianmin.node.sync.persistence.OutboxRepository;
import org.bianmin.node.sync.persistence.SyncStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Scans at the township node: stored content-addressed, uploaded in chunks before the
 * event that names them, resumed after a cut from where the hub's copy ends (never from
 * zero), and fetched from the hub when a pulled case names one the node lacks.
 */
@TownshipNodeTest
class AttachmentSyncTest {

	private static final int CHUNK = 64 * 1024;

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
	private AttachmentService attachments;

	@Autowired
	private AttachmentRepository attachmentRows;

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
	private CaseDeskService desk;

	@Autowired
	private StaffAccountService staff;

	@Autowired
	private StorageSettings storage;

	private FakeHub hub;

	private SyncHarness sync;

	@BeforeEach
	void start() {
		this.hub = new FakeHub();
		this.sync = new SyncHarness(this.hub, this.hub.connection(), this.node, this.json, this.states, this.outbox,
				this.exchange, this.attachmentRows, this.storage, this.catalog, this.applier, this.transactionManager,
				this.clock, 500, CHUNK);
		this.sync.resetState();
	}

	@AfterEach
	void stop() {
		this.hub.close();
	}

	@Test
	void stores_a_scan_under_its_sha256_once() throws IOException {
		byte[] content = bytes(1000, 1);
		String sha256 = RequestSignature.sha256Hex(content);

		Attachment first = store(content);
		Attachment again = store(content);

		assertThat(first.sha256()).isEqualTo(sha256).isEqualTo(again.sha256());
		Path file = this.storage.dataDir().resolve("attachments").resolve(sha256.substring(0, 2)).resolve(sha256);
		assertThat(Files.readAllBytes(file)).isEqualTo(content);
		assertThat(first.status()).isEqualTo(AttachmentStatus.PENDING);
		try (InputStream in = this.attachments.open(sha256)) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void refuses_a_file_over_20_mib() {
		InputStream huge = new InputStream() {
			private long left = AttachmentService.MAX_SIZE + 1;

			@Override
			public int read() {
				return (this.left-- > 0) ? 'x' : -1;
			}
		};

		assertThatExceptionOfType(AttachmentTooLargeException.class)
			.isThrownBy(() -> this.attachments.store(huge, "image/jpeg", "big.jpg"));
	}

	@Test
	void a_scan_goes_up_in_chunks_before_its_event_and_resumes_after_a_cut_where_the_hub_stopped() {
		Case accepted = new WindowDesk(this.commands, CaseFixtures.CLERK).accepted(CaseFixtures.RELIEF, "扫描",
				WindowDesk.village());
		// whatever other tests left waiting goes first
		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);
		byte[] content = bytes(5 * CHUNK + 123, 2);
		String sha256 = RequestSignature.sha256Hex(content);
		CommandResult result = this.desk.attachScan(accepted.id(), CaseFixtures.RELIEF.materials().getFirst().name(),
				new ByteArrayInputStream(content), "image/png", "申请书.png", this.staff.loadUserByUsername("clerk"));
		assertThat(result).isInstanceOf(CommandResult.Done.class);
		// the hub takes two chunks, then the link drops after the third reached it
		this.hub.chunksBeforeCut.set(2);

		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.OFFLINE);
		assertThat(this.hub.chunkOffsets(sha256)).containsExactly(0L, (long) CHUNK, 2L * CHUNK);
		assertThat(this.attachments.find(sha256)).get()
			.extracting(Attachment::status)
			.isEqualTo(AttachmentStatus.PENDING);
		assertThat(this.hub.stored.values())
			.noneMatch((e) -> e.change() instanceof CaseChange.MaterialScanned s && s.sha256().equals(sha256));

		this.hub.chunksBeforeCut.set(Integer.MAX_VALUE);
		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);

		// resumed at the hub's received (three chunks), never from zero
		assertThat(this.hub.chunkOffsets(sha256)).containsExactly(0L, (long) CHUNK, 2L * CHUNK, 3L * CHUNK, 4L * CHUNK,
				5L * CHUNK);
		assertThat(this.hub.attachments.get(sha256).toByteArray()).isEqualTo(content);
		assertThat(this.attachments.find(sha256)).get()
			.extracting(Attachment::status)
			.isEqualTo(AttachmentStatus.UPLOADED);
		assertThat(this.hub.stored.values())
			.anyMatch((e) -> e.change() instanceof CaseChange.MaterialScanned s && s.sha256().equals(sha256));
	}

	@Test
	void a_pulled_case_names_a_scan_the_node_lacks_and_the_run_fetches_it() throws IOException {
		byte[] content = bytes(3000, 3);
		String sha256 = RequestSignature.sha256Hex(content);
		var held = new java.io.ByteArrayOutputStream();
		held.write(content);
		this.hub.attachments.put(sha256, held);
		CaseFixtures.Desk village = new CaseFixtures.Desk();
		CommandResult.Done filed = (CommandResult.Done) village.decide(null,
				CaseFixtures.fileByProxy(CaseFixtures.PENSION,
						CaseFixtures.all(CaseFixtures.PENSION, MaterialState.RECEIVED)),
				CaseFixtures.AGENT, CaseFixtures.AT_VILLAGE);
		CommandResult.Done scanned = (CommandResult.Done) village.decide(filed.after(),
				new CaseCommand.AttachScan(CaseFixtures.PENSION.materials().getFirst().name(), sha256,
						"application/pdf", content.length, "户口簿.pdf"),
				CaseFixtures.AGENT, CaseFixtures.AT_VILLAGE);
		CommandResult.Done submitted = (CommandResult.Done) village.decide(scanned.after(), new CaseCommand.Submit(),
				CaseFixtures.AGENT, CaseFixtures.AT_VILLAGE);
		List<CaseEvent> events = new java.util.ArrayList<>(filed.events());
		events.addAll(scanned.events());
		events.addAll(submitted.events());
		this.hub.pages.add(new PullPage(SyncProtocol.VERSION, 0, 1, false, null,
				List.of(new FeedEntry.CaseEvents(events)), java.time.Instant.now()));

		assertThat(this.sync.runner.run(true)).isEqualTo(SyncRunner.Outcome.DONE);

		assertThat(this.attachments.holds(sha256)).isTrue();
		try (InputStream in = this.desk.openScan(filed.after().id(), sha256, this.staff.loadUserByUsername("clerk"))) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	private Attachment store(byte[] content) {
		return new TransactionTemplate(this.transactionManager)
			.execute((status) -> this.attachments.store(new ByteArrayInputStream(content), "image/jpeg", "a.jpg"));
	}

	private static byte[] bytes(int length, long seed) {
		byte[] bytes = new byte[length];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

}
