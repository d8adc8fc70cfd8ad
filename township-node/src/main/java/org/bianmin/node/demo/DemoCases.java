package org.bianmin.node.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bianmin.model.calendar.WorkingCalendar;
import org.bianmin.model.cases.Authorisation;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.Channel;
import org.bianmin.model.cases.Deferral;
import org.bianmin.model.cases.DeliveryMethod;
import org.bianmin.model.cases.MaterialIssue;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.cases.RatingLevel;
import org.bianmin.model.catalog.CatalogDocument;
import org.bianmin.model.catalog.CatalogVersion;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.CaseListService;
import org.bianmin.node.casework.QueryCodeIssuer;
import org.bianmin.node.identity.NodeIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import static org.bianmin.node.demo.DemoResident.CHEN_ZHIQIANG;
import static org.bianmin.node.demo.DemoResident.LIU_XIAOHONG;
import static org.bianmin.node.demo.DemoResident.LI_MING;
import static org.bianmin.node.demo.DemoResident.WANG_XIULAN;
import static org.bianmin.node.demo.DemoResident.ZHANG_GUIYING;

/**
 * Seeds the demo node's cases at startup, after its staff, so that the screens have
 * something to show: at the township QS six cases across the lifecycle, at the village
 * point QSLW two cases filed by proxy. Only into a node without any case, so a restart
 * keeps what the demo did; all in one transaction, so a refused step leaves nothing
 * half-seeded. Items come from shared-model's demo catalog.
 */
@Component
@Profile("demo")
@Order(DemoCases.ORDER)
class DemoCases implements ApplicationRunner {

	static final int ORDER = DemoStaffSeeder.ORDER + 1;

	/**
	 * The working days a resident commits to for a deferred material: within the promised
	 * limit of the demo's 临时救助申请 (7 days), as the rules require.
	 */
	static final int COMMITMENT_WORKING_DAYS = 5;

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private final DemoSettings settings;

	private final NodeIdentity node;

	private final CaseCommandService commands;

	private final CaseListService cases;

	private final QueryCodeIssuer queryCodes;

	private final WorkingCalendar calendar;

	private final JsonMapper json;

	private final Clock clock;

	DemoCases(DemoSettings settings, NodeIdentity node, CaseCommandService commands, CaseListService cases,
			QueryCodeIssuer queryCodes, WorkingCalendar calendar, JsonMapper json, Clock clock) {
		this.settings = settings;
		this.node = node;
		this.commands = commands;
		this.cases = cases;
		this.queryCodes = queryCodes;
		this.calendar = calendar;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.cases.isEmpty()) {
			log.info("Demo cases not seeded: node {} holds cases already", this.node.code());
			return;
		}
		DemoDesk desk = new DemoDesk(this.commands, this.queryCodes, demoCatalog(), this.settings, this.clock);
		List<Case> seeded = this.node.isVillage() ? seedVillage(desk) : seedTownship(desk);
		for (Case seededCase : seeded) {
			// ResidentId prints masked: logs never hold a full ID number
			log.info("Demo case {} {} {} for {} ({}), owner {}", seededCase.queryCode().display(),
					seededCase.item().name(), seededCase.status(), seededCase.filing().applicant().name(),
					seededCase.filing().applicant().residentId(), seededCase.owner());
		}
		log.info("Seeded {} demo cases at node {}", seeded.size(), this.node.code());
	}

	/**
	 * The township centre QS: the window clerks 周晓燕 ({@code clerk}) and 吴海涛
	 * ({@code clerk.b}) and the township's agent 郑桂芳 ({@code agent.qs}).
	 */
	private List<Case> seedTownship(DemoDesk desk) {
		List<Case> seeded = new ArrayList<>();

		// a walk-in, accepted under 容缺受理: the non-key proof of hardship follows on a
		// written commitment
		ServiceItem relief = desk.item("S-006");
		String hardshipProof = "困难情况证明材料";
		Case reliefCase = desk.file("clerk", relief, CHEN_ZHIQIANG, Channel.WINDOW, null,
				DemoDesk.materials(relief, MaterialState.MISSING, hardshipProof));
		LocalDate due = this.calendar.plusWorkingDays(desk.today(), COMMITMENT_WORKING_DAYS);
		seeded.add(desk.then(reliefCase, "clerk", new CaseCommand.Submit(),
				new CaseCommand.Accept(List.of(new Deferral(hardshipProof, due, CHEN_ZHIQIANG.personName().value())))));

		// an instant item (即办件): decided on acceptance, handed out, rated at the window
		ServiceItem enrolment = desk.item("S-008");
		Case enrolmentCase = desk.file("clerk.b", enrolment, LIU_XIAOHONG, Channel.WINDOW, null,
				DemoDesk.materials(enrolment, MaterialState.RECEIVED));
		seeded.add(desk.then(enrolmentCase, "clerk.b", new CaseCommand.Submit(), new CaseCommand.Accept(List.of()),
				new CaseCommand.Deliver(DeliveryMethod.AT_WINDOW), new CaseCommand.Rate(RatingLevel.SATISFIED, null)));

		// 代着办 by the township's agent for an 82-year-old, waiting at the window
		ServiceItem dibao = desk.item("S-005");
		Case dibaoCase = desk.file("agent.qs", dibao, ZHANG_GUIYING, Channel.ON_BEHALF,
				new Authorisation(desk.today(), Authorisation.Scope.THIS_CASE, Authorisation.Form.SIGNED_PAPER, null),
				DemoDesk.materials(dibao, MaterialState.RECEIVED));
		seeded.add(desk.then(dibaoCase, "agent.qs", new CaseCommand.Submit()));

		// a county item: accepted here, forwarded to the county hub for review
		ServiceItem pension = desk.item("S-002");
		Case pensionCase = desk.file("clerk", pension, LI_MING, Channel.WINDOW, null,
				DemoDesk.materials(pension, MaterialState.RECEIVED));
		seeded.add(desk.then(pensionCase, "clerk", new CaseCommand.Submit(), new CaseCommand.Accept(List.of()),
				new CaseCommand.Forward()));

		// one-time correction notice (一次性告知): the missing invoice and the unsigned
		// form, both at once
		ServiceItem machinery = desk.item("S-013");
		Case machineryCase = desk.file("clerk.b", machinery, LI_MING, Channel.WINDOW, null,
				DemoDesk.materials(machinery, MaterialState.MISSING, "购机发票"));
		seeded.add(desk.then(machineryCase, "clerk.b", new CaseCommand.Submit(),
				new CaseCommand.RequestCorrection(List.of(new MaterialIssue("购机发票", MaterialIssue.Kind.MISSING, null),
						new MaterialIssue("补贴申请表", MaterialIssue.Kind.FAULTY, "申请表缺少申请人本人签字")))));

		// a draft the clerk started while the social security card is fetched from home
		ServiceItem referral = desk.item("S-009");
		seeded.add(desk.file("clerk", referral, LIU_XIAOHONG, Channel.WINDOW, null,
				DemoDesk.materials(referral, MaterialState.MISSING, "社会保障卡")));
		return seeded;
	}

	/** The village point QSLW: the agent 陈秀英 ({@code agent}) files by proxy. */
	private List<Case> seedVillage(DemoDesk desk) {
		List<Case> seeded = new ArrayList<>();

		// 流动办: a home visit to an 88-year-old, who gives her consent by fingerprint; the
		// submitted case goes to the township QS and waits there for the sync
		ServiceItem allowance = desk.item("S-003");
		Case allowanceCase = desk.file("agent", allowance, WANG_XIULAN, Channel.HOME_VISIT,
				new Authorisation(desk.today(), Authorisation.Scope.THIS_CASE, Authorisation.Form.FINGERPRINT, null),
				DemoDesk.materials(allowance, MaterialState.RECEIVED));
		seeded.add(desk.then(allowanceCase, "agent", new CaseCommand.Submit()));

		// 代着办 under a standing authorisation, still a draft: the application form is
		// being filled in
		ServiceItem disability = desk.item("S-011");
		seeded.add(desk.file("agent", disability, CHEN_ZHIQIANG, Channel.ON_BEHALF,
				new Authorisation(desk.today(), Authorisation.Scope.STANDING, Authorisation.Form.SIGNED_PAPER, null),
				DemoDesk.materials(disability, MaterialState.MISSING, "申请审批表")));
		return seeded;
	}

	private CatalogVersion demoCatalog() {
		try (InputStream in = CatalogDocument.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The demo catalog is missing: " + CatalogDocument.DEMO_RESOURCE);
			}
			return this.json.readValue(in, CatalogDocument.class).toCatalogVersion();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
