package org.bianmin.node.workload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

import javax.sql.DataSource;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.ApplicantSnapshot;
import org.bianmin.model.cases.Authorisation;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.Channel;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.catalog.CatalogDocument;
import org.bianmin.model.catalog.CatalogVersion;
import org.bianmin.model.catalog.ItemCode;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.model.resident.SpecialGroup;
import org.bianmin.model.staff.Role;
import org.bianmin.node.attachments.Attachment;
import org.bianmin.node.attachments.AttachmentService;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.QueryCodeIssuer;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.sync.SyncRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commands of {@link WorkloadNode}, carried out through {@link CaseCommandService}
 * and {@link QueryCodeIssuer}, as the filing and window screens do:
 * <ul>
 * <li>{@code file <n> [<cases per transaction>]}: files n cases. A village point's agent
 * 陈秀英 files each on a home visit and submits it (two events; the case goes to the
 * township). At a township the clerk 周晓燕 files, submits and accepts (three events), and
 * every third case is a county item she then forwards to the hub (four events).</li>
 * <li>{@code accept}: the township's clerk accepts every submitted case this node owns
 * that another node filed (what came from the village with the last pull).</li>
 * <li>{@code sync}: one sync run now, in this thread, as "立即同步" starts it (the node's
 * {@code SyncRunner.run(true)}); answers with its outcome.</li>
 * <li>{@code scan <n> [<bytes>]}: the clerk attaches a made-up scan (random bytes, about
 * the given size, default 300,000) to each of n accepted cases this node owns
 * ({@code MATERIAL_SCANNED}), stored as the case page stores an upload; the sync then
 * uploads it in chunks.</li>
 * <li>{@code exit}: stops the node normally.</li>
 * </ul>
 * Every command answers {@code WORKLOAD DONE <command> <figures>} or
 * {@code WORKLOAD FAILED <command> <reason>}.
 */
final class Workload {

	/** Made-up residents with valid check digits (the demo's, see DemoResident). */
	private static final List<String[]> RESIDENTS = List.of(new String[] { "王秀兰", "621121193805125626", "柳湾村" },
			new String[] { "张桂英", "621121194411030784", "柳湾村" }, new String[] { "刘晓红", "621121198507308662", "石门村" },
			new String[] { "陈志强", "621121199909156213", "柳湾村" });

	private static final Actor AGENT = Actor.of(new StaffRef("agent", "陈秀英"), Role.PROXY_AGENT);

	private static final Actor CLERK = Actor.of(new StaffRef("clerk", "周晓燕"), Role.WINDOW_CLERK);

	private final ConfigurableApplicationContext context;

	private final NodeIdentity node;

	private final CaseCommandService commands;

	private final QueryCodeIssuer queryCodes;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final CatalogVersion catalog;

	private final Clock clock;

	private final PrintStream out;

	private final RandomGenerator random = new SecureRandom();

	private long filed;

	Workload(ConfigurableApplicationContext context, PrintStream out) {
		this.context = context;
		this.node = context.getBean(NodeIdentity.class);
		this.commands = context.getBean(CaseCommandService.class);
		this.queryCodes = context.getBean(QueryCodeIssuer.class);
		this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
		this.catalog = demoCatalog(context.getBean(JsonMapper.class));
		this.clock = context.getBean(Clock.class);
		this.out = out;
	}

	void run(String line) {
		String[] words = line.split("\\s+");
		try {
			String figures = switch (words[0]) {
				case "file" -> file(Integer.parseInt(words[1]), (words.length > 2) ? Integer.parseInt(words[2]) : 1);
				case "accept" -> accept();
				case "sync" -> sync();
				case "scan" ->
					scan(Integer.parseInt(words[1]), (words.length > 2) ? Integer.parseInt(words[2]) : 300_000);
				case "exit" -> {
					answer("DONE exit");
					System.exit(0);
					yield "";
				}
				default -> throw new IllegalArgumentException("unknown command " + words[0]);
			};
			answer("DONE " + words[0] + " " + figures);
		}
		catch (RuntimeException ex) {
			answer("FAILED " + words[0] + " " + ex);
		}
	}

	private void answer(String text) {
		this.out.println(WorkloadNode.PREFIX + text);
		this.out.flush();
	}

	private String file(int count, int perTransaction) {
		int events = 0;
		for (int done = 0; done < count; done += perTransaction) {
			int cases = Math.min(perTransaction, count - done);
			Integer recorded = this.transaction.execute((tx) -> {
				int sum = 0;
				for (int i = 0; i < cases; i++) {
					sum += fileOne();
				}
				return sum;
			});
			events += (recorded != null) ? recorded : 0;
		}
		return "cases=" + count + " events=" + events;
	}

	/**
	 * Files one case and takes it as far as this node's plan goes; the events it made.
	 */
	private int fileOne() {
		long number = this.filed++;
		String[] resident = RESIDENTS.get((int) (number % RESIDENTS.size()));
		LocalDate today = ServiceTime.today(this.clock);
		ResidentId id = ResidentId.of(resident[1]);
		ApplicantSnapshot applicant = new ApplicantSnapshot(id, PersonName.of(resident[0]), null, resident[2],
				SpecialGroup.of(id, today, false, false));
		if (this.node.isVillage()) {
			// 流动办: a home visit, consent by fingerprint; submitted, the case goes to the
			// township
			ServiceItem allowance = item("S-003");
			Case draft = done(this.commands.file(
					new CaseCommand.File(CaseId.newId(this.clock, this.random), this.queryCodes.issue(), allowance,
							this.catalog.version(), applicant, Channel.HOME_VISIT, new Authorisation(today,
									Authorisation.Scope.THIS_CASE, Authorisation.Form.FINGERPRINT, null),
							received(allowance)),
					AGENT));
			done(this.commands.handle(draft.id(), new CaseCommand.Submit(), AGENT));
			return 2;
		}
		boolean county = number % 3 == 2;
		ServiceItem item = item(county ? "S-002" : "S-006");
		Case draft = done(
				this.commands.file(new CaseCommand.File(CaseId.newId(this.clock, this.random), this.queryCodes.issue(),
						item, this.catalog.version(), applicant, Channel.WINDOW, null, received(item)), CLERK));
		done(this.commands.handle(draft.id(), new CaseCommand.Submit(), CLERK));
		done(this.commands.handle(draft.id(), new CaseCommand.Accept(List.of()), CLERK));
		if (county) {
			done(this.commands.handle(draft.id(), new CaseCommand.Forward(), CLERK));
			return 4;
		}
		return 3;
	}

	private String accept() {
		List<UUID> waiting = this.jdbc.queryForList(
				"select id from cases where owner_node = ? and filed_node <> ? and status = 'SUBMITTED' order by filed_at",
				UUID.class, this.node.code().value(), this.node.code().value());
		List<UUID> accepted = new ArrayList<>();
		for (UUID id : waiting) {
			this.transaction.executeWithoutResult(
					(tx) -> done(this.commands.handle(CaseId.of(id), new CaseCommand.Accept(List.of()), CLERK)));
			accepted.add(id);
		}
		return "cases=" + accepted.size();
	}

	/** The node's "立即同步", in this thread. */
	private String sync() {
		return "outcome=" + this.context.getBean(SyncRunner.class).run(true);
	}

	/**
	 * Attaches made-up scans as the case page does: {@link AttachmentService#store}, then
	 * the {@code AttachScan} command, in one transaction.
	 */
	private String scan(int count, int bytes) {
		List<UUID> cases = this.jdbc.queryForList("""
				select c.id from cases c where c.owner_node = ? and c.status = 'ACCEPTED'
				and not exists (select 1 from case_event e where e.case_id = c.id and e.event_type = 'MATERIAL_SCANNED')
				order by c.filed_at desc limit ?
				""", UUID.class, this.node.code().value(), count);
		long total = 0;
		for (UUID id : cases) {
			byte[] content = new byte[bytes / 2 + this.random.nextInt(bytes)];
			this.random.nextBytes(content);
			total += content.length;
			this.transaction.executeWithoutResult((tx) -> attach(CaseId.of(id), content));
		}
		return "cases=" + cases.size() + " bytes=" + total;
	}

	private void attach(CaseId id, byte[] content) {
		Attachment stored = this.context.getBean(AttachmentService.class)
			.store(new ByteArrayInputStream(content), "image/jpeg", "scan.jpg");
		String material = this.commands.find(id).item().materials().getFirst().name();
		done(this.commands.handle(id,
				new CaseCommand.AttachScan(material, stored.sha256(), "image/jpeg", content.length, "scan.jpg"),
				CLERK));
	}

	private ServiceItem item(String code) {
		return this.catalog.item(ItemCode.of(code))
			.orElseThrow(() -> new IllegalStateException("The demo catalog has no item " + code));
	}

	private static Map<String, MaterialState> received(ServiceItem item) {
		Map<String, MaterialState> materials = new LinkedHashMap<>();
		item.materials().forEach((material) -> materials.put(material.name(), MaterialState.RECEIVED));
		return materials;
	}

	private static Case done(CommandResult result) {
		return switch (result) {
			case CommandResult.Done done -> done.after();
			case CommandResult.Denied denied -> throw new IllegalStateException("refused: " + denied.violation());
		};
	}

	private static CatalogVersion demoCatalog(JsonMapper json) {
		try (InputStream in = CatalogDocument.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The demo catalog is missing: " + CatalogDocument.DEMO_RESOURCE);
			}
			return json.readValue(in, CatalogDocument.class).toCatalogVersion();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
