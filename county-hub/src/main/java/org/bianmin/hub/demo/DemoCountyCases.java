package org.bianmin.hub.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

import org.bianmin.hub.cases.CaseCommandService;
import org.bianmin.hub.cases.CaseImportService;
import org.bianmin.hub.cases.CaseNotFoundException;
import org.bianmin.hub.catalog.CatalogService;
import org.bianmin.hub.identity.HubIdentity;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.WorkingCalendar;
import org.bianmin.model.catalog.CatalogVersion;
import org.bianmin.model.catalog.ItemCode;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.ApplicantSnapshot;
import org.bianmin.model.cases.Authorisation;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseDecider;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CasePolicy;
import org.bianmin.model.cases.Channel;
import org.bianmin.model.cases.CommandContext;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.DecisionOutcome;
import org.bianmin.model.cases.Deferral;
import org.bianmin.model.cases.DeliveryMethod;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.cases.NetworkPlace;
import org.bianmin.model.cases.QueryCode;
import org.bianmin.model.cases.RatingLevel;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.model.resident.SpecialGroup;
import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Cases for the county's screens to show in the demo, seeded once: county items forwarded
 * by the townships 河塘镇 (HT, with its village point 东湾村 HTDW) and 白沙镇 (BS) in every
 * colour, one waiting for a deferred material, and decided cases with ratings, among them
 * a bad one whose follow-up is overdue and one still open.
 *
 * <p>
 * Every case is made by shared-model's {@link CaseDecider} at the place each step
 * happened (village, township, the hub) on the days it happened, counted back from today
 * in working days so that the colours are right whenever the demo starts; the hub stores
 * them through {@link CaseImportService#importCase}, which folds them first. People are
 * made up; ID numbers are synthetic with valid check digits. Query codes use sequences
 * from 910 on, apart from those the demo nodes issue themselves.
 */
@Component
@Profile("demo")
@Order(30)
class DemoCountyCases implements ApplicationRunner {

	static final NodeCode HT = NodeCode.of("HT");

	static final NodeCode BS = NodeCode.of("BS");

	static final NodeCode HTDW = NodeCode.of("HTDW");

	private static final Logger log = LoggerFactory.getLogger(DemoCountyCases.class);

	private static final Actor CLERK_HT = Actor.of(new StaffRef("clerk.ht", "马秀兰"), Role.WINDOW_CLERK);

	private static final Actor CLERK_BS = Actor.of(new StaffRef("clerk.bs", "吴海涛"), Role.WINDOW_CLERK);

	private static final Actor AGENT = Actor.of(new StaffRef("agent.htdw", "刘春梅"), Role.PROXY_AGENT);

	private static final Actor REVIEWER_MZ = Actor.of(new StaffRef("reviewer", "孙志强"), Role.REVIEWER);

	private static final Actor REVIEWER_RS = Actor.of(new StaffRef("reviewer.rs", "李娜"), Role.REVIEWER);

	/**
	 * The first demo county case's id: fixed, so that a restart over the same data can
	 * tell the county's cases are there (the hub also holds DemoCases' case and synced
	 * ones).
	 */
	static final CaseId FIRST = CaseId
		.of(UUID.nameUUIDFromBytes("bianmin-demo-county-cases".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

	private final CaseImportService cases;

	private final CaseCommandService commands;

	private final CatalogService catalogs;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final NodeCode hub;

	private final RandomGenerator random = new SecureRandom();

	private final AtomicInteger sequence = new AtomicInteger(910);

	DemoCountyCases(CaseImportService cases, CaseCommandService commands, CatalogService catalogs,
			WorkingCalendar calendar, Clock clock, HubIdentity hub) {
		this.cases = cases;
		this.commands = commands;
		this.catalogs = catalogs;
		this.calendar = calendar;
		this.clock = clock;
		this.hub = hub.code();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (seeded()) {
			return;
		}
		CatalogVersion catalog = this.catalogs.current().orElseThrow().catalog();
		ServiceItem elderly = item(catalog, "S-003");
		ServiceItem minimum = item(catalog, "S-005");
		ServiceItem disability = item(catalog, "S-011");
		ServiceItem pension = item(catalog, "S-002");
		List<Case> made = new ArrayList<>();
		// waiting at the county, one of each colour per department
		made.add(forwarded(elderly, Resident.ZHAO_DEMING, HT, 1, false, FIRST).store());
		made.add(villageForwarded(minimum, Resident.WEI_XIUZHEN, 18).on(-17, 9).hub(REVIEWER_MZ, receive()).store());
		made.add(forwarded(disability, Resident.WU_SHOUTIAN, BS, 17, false).on(-16, 9)
			.hub(REVIEWER_MZ, receive())
			.hub(REVIEWER_MZ, new CaseCommand.StartReview())
			.store());
		made.add(forwarded(pension, Resident.SUN_GUIFANG, HT, 2, false).store());
		made.add(
				forwarded(pension, Resident.FENG_CHANGLIN, BS, 7, false).on(-6, 9).hub(REVIEWER_RS, receive()).store());
		made.add(forwarded(minimum, Resident.ZHOU_YUMEI, HT, 3, true).store());
		// decided, delivered and rated
		made.add(rated(forwarded(elderly, Resident.JIANG_FUSHENG, HT, 12, false), REVIEWER_MZ, 5, approve(),
				RatingLevel.VERY_SATISFIED, null));
		made.add(rated(forwarded(disability, Resident.CHU_XUELIAN, BS, 40, false), REVIEWER_MZ, 25,
				new CaseCommand.Decide(DecisionOutcome.REJECTED, List.of("申请人未持有第二代残疾人证，不符合补贴条件")),
				RatingLevel.VERY_DISSATISFIED, "不予批准的理由没有当面讲清楚，跑了两趟"));
		made.add(rated(forwarded(pension, Resident.ZHENG_XIAOLI, HT, 9, false), REVIEWER_RS, 3, approve(),
				RatingLevel.DISSATISFIED, "等待时间太长"));
		made.add(rated(forwarded(elderly, Resident.CHEN_JIANJUN, HT, 15, false), REVIEWER_MZ, 8, approve(),
				RatingLevel.SATISFIED, null));
		made.add(rated(forwarded(minimum, Resident.WU_SHOUTIAN, BS, 32, false), REVIEWER_MZ, 6, approve(),
				RatingLevel.BASICALLY_SATISFIED, null));
		log.info("Demo cases: {} made at the townships and the county", made.size());
	}

	private boolean seeded() {
		try {
			this.commands.find(FIRST);
			return true;
		}
		catch (CaseNotFoundException notYet) {
			return false;
		}
	}

	/**
	 * A case filed and accepted at a township window some working days ago, forwarded.
	 */
	private Story forwarded(ServiceItem item, Resident resident, NodeCode township, int acceptedDaysAgo,
			boolean deferOne) {
		return forwarded(item, resident, township, acceptedDaysAgo, deferOne, CaseId.of(UUID.randomUUID()));
	}

	private Story forwarded(ServiceItem item, Resident resident, NodeCode township, int acceptedDaysAgo,
			boolean deferOne, CaseId id) {
		NetworkPlace place = NetworkPlace.township(township, this.hub);
		Actor clerk = township.equals(HT) ? CLERK_HT : CLERK_BS;
		Story story = new Story(-acceptedDaysAgo, id);
		Map<String, MaterialState> materials = materials(item, deferOne);
		story.at(8, 40)
			.step(place, clerk,
					new CaseCommand.File(story.id, queryCode(township, story.day), item, 1,
							resident.applicant(story.day), Channel.WINDOW, null, materials))
			.step(place, clerk, new CaseCommand.Submit())
			.at(9, 10)
			.step(place, clerk, new CaseCommand.Accept(deferrals(item, deferOne, story.day)))
			.at(10, 0)
			.step(place, clerk, new CaseCommand.Forward());
		return story;
	}

	/** A village agent files for a resident; the township accepts and forwards. */
	private Story villageForwarded(ServiceItem item, Resident resident, int acceptedDaysAgo) {
		NetworkPlace village = NetworkPlace.village(HTDW, HT, this.hub);
		NetworkPlace township = NetworkPlace.township(HT, this.hub);
		Story story = new Story(-acceptedDaysAgo, CaseId.of(UUID.randomUUID()));
		Authorisation consent = new Authorisation(story.day, Authorisation.Scope.THIS_CASE,
				Authorisation.Form.SIGNED_PAPER, null);
		story.at(8, 20)
			.step(village, AGENT,
					new CaseCommand.File(story.id, queryCode(HTDW, story.day), item, 1, resident.applicant(story.day),
							Channel.ON_BEHALF, consent, materials(item, false)))
			.step(village, AGENT, new CaseCommand.Submit())
			.at(9, 30)
			.step(township, CLERK_HT, new CaseCommand.Accept(List.of()))
			.at(10, 0)
			.step(township, CLERK_HT, new CaseCommand.Forward());
		return story;
	}

	/**
	 * The county receives and decides a forwarded case some working days ago and releases
	 * the result; the township delivers it the next working day and the applicant rates
	 * it (a bad rating opens a follow-up at the county).
	 */
	private Case rated(Story story, Actor reviewer, int decidedDaysAgo, CaseCommand.Decide decide, RatingLevel level,
			@Nullable String comment) {
		NetworkPlace township = NetworkPlace
			.township(story.current.filing().node().equals(HTDW) ? HT : story.current.acceptance().node(), this.hub);
		Actor clerk = township.node().equals(HT) ? CLERK_HT : CLERK_BS;
		return story.day(-decidedDaysAgo)
			.at(9, 0)
			.hub(reviewer, receive())
			.at(15, 0)
			.hub(reviewer, decide)
			.hub(reviewer, new CaseCommand.ReleaseResult())
			.day(-decidedDaysAgo + 1)
			.at(10, 0)
			.step(township, clerk, new CaseCommand.Deliver(DeliveryMethod.AT_WINDOW))
			.at(10, 5)
			.step(township, clerk, new CaseCommand.Rate(level, comment))
			.store();
	}

	private static CaseCommand.Receive receive() {
		return new CaseCommand.Receive();
	}

	private static CaseCommand.Decide approve() {
		return new CaseCommand.Decide(DecisionOutcome.APPROVED, List.of());
	}

	private static ServiceItem item(CatalogVersion catalog, String code) {
		return catalog.item(ItemCode.of(code)).orElseThrow(() -> new IllegalStateException("demo item " + code));
	}

	/** Every material received; with deferOne, the first non-key one missing. */
	private static Map<String, MaterialState> materials(ServiceItem item, boolean deferOne) {
		Map<String, MaterialState> materials = new LinkedHashMap<>();
		item.materials().forEach((m) -> materials.put(m.name(), MaterialState.RECEIVED));
		if (deferOne) {
			materials.put(deferrable(item), MaterialState.MISSING);
		}
		return materials;
	}

	private List<Deferral> deferrals(ServiceItem item, boolean deferOne, LocalDate acceptedOn) {
		if (!deferOne) {
			return List.of();
		}
		// supplied within a week: no later than the promised limit
		return List.of(new Deferral(deferrable(item), this.calendar.plusWorkingDays(acceptedOn, 5), "申请人本人"));
	}

	private static String deferrable(ServiceItem item) {
		return item.materials().stream().filter((m) -> !m.key()).findFirst().orElseThrow().name();
	}

	private QueryCode queryCode(NodeCode node, LocalDate day) {
		return QueryCode.issue(node, day, this.sequence.getAndIncrement());
	}

	/** The working day that many working days from today (negative: before). */
	private LocalDate workingDay(int offset) {
		LocalDate day = ServiceTime.today(this.clock);
		int left = Math.abs(offset);
		while (left > 0) {
			day = (offset < 0) ? day.minusDays(1) : day.plusDays(1);
			if (this.calendar.isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/**
	 * One case's history, told step by step: each step is a command at a place, on a day
	 * and time, decided by the shared rules and folded; the case is stored at the end.
	 */
	private final class Story {

		private final CaseId id;

		private final List<CaseEvent> events = new ArrayList<>();

		private @Nullable Case current;

		private LocalDate day;

		private Instant now;

		Story(int workingDayOffset, CaseId id) {
			this.id = id;
			this.day = workingDay(workingDayOffset);
			this.now = instant(this.day, LocalTime.of(8, 0));
		}

		Story day(int workingDayOffset) {
			this.day = workingDay(workingDayOffset);
			this.now = instant(this.day, LocalTime.of(8, 0));
			return this;
		}

		/** The same case some working days from today (negative: before), at an hour. */
		Story on(int workingDayOffset, int hour) {
			return day(workingDayOffset).at(hour, 0);
		}

		Story at(int hour, int minute) {
			this.now = instant(this.day, LocalTime.of(hour, minute));
			return this;
		}

		Story hub(Actor actor, CaseCommand command) {
			return step(NetworkPlace.county(DemoCountyCases.this.hub), actor, command);
		}

		Story step(NetworkPlace place, Actor actor, CaseCommand command) {
			CommandContext context = new CommandContext(actor, place, this.now, DemoCountyCases.this.calendar,
					CasePolicy.DEFAULT,
					() -> EventId.newId(Clock.fixed(this.now, ServiceTime.SERVICE_ZONE), DemoCountyCases.this.random));
			CommandResult result = CaseDecider.decide(this.current, command, context);
			if (!(result instanceof CommandResult.Done done)) {
				throw new IllegalStateException("demo case step refused: " + command + ": " + result);
			}
			this.events.addAll(done.events());
			this.current = done.after();
			// the next step a minute later, as a person would take it
			this.now = this.now.plusSeconds(60);
			return this;
		}

		NodeCode acceptedAt() {
			return java.util.Objects.requireNonNull(java.util.Objects.requireNonNull(this.current).acceptance()).node();
		}

		Case store() {
			return DemoCountyCases.this.cases.importCase(this.events);
		}

		private static Instant instant(LocalDate day, LocalTime time) {
			return day.atTime(time).atZone(ServiceTime.SERVICE_ZONE).toInstant();
		}

	}

	/**
	 * The made-up applicants of the demo; synthetic ID numbers with valid check digits.
	 */
	enum Resident {

		ZHAO_DEMING("赵德明", "621121195003120515", "石门村"),

		SUN_GUIFANG("孙桂芳", "621121196207182325", "柳湾村"),

		ZHOU_YUMEI("周玉梅", "621121197811051449", "石门村"),

		WU_SHOUTIAN("吴守田", "621121194509233010", "白沙村"),

		ZHENG_XIAOLI("郑晓丽", "621121198802146627", "柳湾村"),

		FENG_CHANGLIN("冯长林", "621121195506301238", "河口村"),

		CHEN_JIANJUN("陈建军", "621121197001014195", "石门村"),

		CHU_XUELIAN("褚雪莲", "621121199308222828", "河口村"),

		WEI_XIUZHEN("卫秀珍", "621121194105150366", "柳湾村"),

		JIANG_FUSHENG("蒋福生", "621121196809095456", "石门村");

		private final PersonName name;

		private final ResidentId id;

		private final String village;

		Resident(String name, String id, String village) {
			this.name = PersonName.of(name);
			this.id = ResidentId.of(id);
			this.village = village;
		}

		ApplicantSnapshot applicant(LocalDate on) {
			return new ApplicantSnapshot(this.id, this.name, null, this.village,
					SpecialGroup.of(this.id, on, false, false));
		}

	}

}
