package org.bianmin.hub.benchmark;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.bianmin.hub.cases.CaseImportService;
import org.bianmin.hub.catalog.CatalogService;
import org.bianmin.hub.catalog.PublishedCatalog;
import org.bianmin.hub.identity.HubIdentity;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.WorkingCalendar;
import org.bianmin.model.catalog.ItemCategory;
import org.bianmin.model.catalog.ItemCode;
import org.bianmin.model.catalog.MaterialRequirement;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.Authorisation;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseDecider;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CasePolicy;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.Channel;
import org.bianmin.model.cases.CommandContext;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.DecisionOutcome;
import org.bianmin.model.cases.Deferral;
import org.bianmin.model.cases.DeliveryMethod;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.MaterialIssue;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.cases.NetworkPlace;
import org.bianmin.model.cases.QueryCode;
import org.bianmin.model.cases.RatingLevel;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * The county data generator: fills the hub with a made-up county's cases
 * ({@link SyntheticCounty}) over a span of days ending today, each case made by
 * shared-model's {@link CaseDecider} at the place each step happened (village point,
 * township window, the hub), on the day and hour it happened, exactly as the nodes and
 * the hub would make it; stored through {@link CaseImportService#importCases}, which
 * replays every history and writes the events and the projection as the hub's repository
 * writes them, a batch of cases per transaction.
 *
 * <p>
 * Each case's whole life is planned first (item, place and channel, correction, deferral,
 * refusal, how many working days the decision takes against the promised limit, delivery,
 * rating, the follow-up of a bad rating) and then told step by step up to now: the steps
 * planned after now have not happened yet, so recent cases are open at every stage and in
 * every colour, and older ones are finished. Filing days spread over the working days of
 * the span, slowly growing; the same seed gives the same county (apart from event ids,
 * which are time-ordered UUIDs with random bits).
 */
final class CountyGenerator {

	/** Items and their share of the county's cases (the demo catalog's 14). */
	private static final Map<String, Integer> ITEM_WEIGHTS = new LinkedHashMap<>();

	static {
		ITEM_WEIGHTS.put("S-001", 12);
		ITEM_WEIGHTS.put("S-002", 9);
		ITEM_WEIGHTS.put("S-003", 9);
		ITEM_WEIGHTS.put("S-004", 3);
		ITEM_WEIGHTS.put("S-005", 6);
		ITEM_WEIGHTS.put("S-006", 5);
		ITEM_WEIGHTS.put("S-007", 6);
		ITEM_WEIGHTS.put("S-008", 15);
		ITEM_WEIGHTS.put("S-009", 7);
		ITEM_WEIGHTS.put("S-010", 3);
		ITEM_WEIGHTS.put("S-011", 6);
		ITEM_WEIGHTS.put("S-012", 3);
		ITEM_WEIGHTS.put("S-013", 4);
		ITEM_WEIGHTS.put("S-014", 5);
	}

	private static final String[] BAD_COMMENTS = { "等待时间太长", "材料要求没有一次讲清楚，跑了两趟", "窗口人员态度不好", "不予批准的理由没有讲清楚",
			"办理进度查询不到" };

	private static final String[] CLERK_NAMES = { "周晓燕", "吴海涛", "刘春梅", "杨志明", "黄丽娟", "何建平", "罗文军", "谢秀兰", "唐海燕",
			"冯德福" };

	private final CaseImportService importer;

	private final PublishedCatalog catalog;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final NodeCode hub;

	private final List<ServiceItem> items = new ArrayList<>();

	private final int[] itemCumulative;

	private final Map<String, Actor> reviewers = new HashMap<>();

	private final Actor supervisor = Actor.of(new StaffRef("supervisor", "钱丽华"), Role.SUPERVISOR);

	CountyGenerator(CaseImportService importer, PublishedCatalog catalog, WorkingCalendar calendar, Clock clock,
			NodeCode hub) {
		this.importer = importer;
		this.catalog = catalog;
		this.calendar = calendar;
		this.clock = clock;
		this.hub = hub;
		this.itemCumulative = new int[ITEM_WEIGHTS.size()];
		int sum = 0;
		for (Map.Entry<String, Integer> weight : ITEM_WEIGHTS.entrySet()) {
			ServiceItem item = catalog.catalog()
				.item(ItemCode.of(weight.getKey()))
				.orElseThrow(() -> new IllegalStateException("the hub's catalog lacks item " + weight.getKey()
						+ ": the generator expects the demo catalog (profile demo)"));
			sum += weight.getValue();
			this.itemCumulative[this.items.size()] = sum;
			this.items.add(item);
		}
		// the demo's reviewers for their departments, made-up ones for the others
		this.reviewers.put("县民政局", Actor.of(new StaffRef("reviewer", "孙志强"), Role.REVIEWER));
		this.reviewers.put("县人力资源和社会保障局", Actor.of(new StaffRef("reviewer.rs", "李娜"), Role.REVIEWER));
	}

	/** The generator on a started hub (demo profile: the demo catalog is published). */
	static CountyGenerator on(ApplicationContext hub) {
		PublishedCatalog catalog = hub.getBean(CatalogService.class)
			.current()
			.orElseThrow(() -> new IllegalStateException("the hub has no catalog: start it with the demo profile"));
		return new CountyGenerator(hub.getBean(CaseImportService.class), catalog, hub.getBean(WorkingCalendar.class),
				hub.getBean(Clock.class), hub.getBean(HubIdentity.class).code());
	}

	/**
	 * What to make.
	 *
	 * @param cases how many cases
	 * @param residents how many residents
	 * @param villages how many villages (over 18 townships)
	 * @param spanDays the cases are filed over that many days up to today
	 * @param seed the same seed, the same county
	 * @param batch cases per transaction
	 */
	record Settings(int cases, int residents, int villages, int spanDays, long seed, int batch) {

		static final Settings COUNTY = new Settings(1_000_000, 450_000, 330, 3 * 365, 11643L, 1_000);

		Settings withCases(int newCases) {
			return new Settings(newCases, this.residents, this.villages, this.spanDays, this.seed, this.batch);
		}

		Settings withResidents(int newResidents) {
			return new Settings(this.cases, newResidents, this.villages, this.spanDays, this.seed, this.batch);
		}

		Settings withSpanDays(int newSpanDays) {
			return new Settings(this.cases, this.residents, this.villages, newSpanDays, this.seed, this.batch);
		}

	}

	/** What was made: cases, events, and the cases by status. */
	record Result(int cases, long events, Duration took, Map<CaseStatus, Integer> statuses) {
	}

	/** Makes the county and stores it in the hub. */
	Result generate(Settings settings, Consumer<String> progress) {
		long start = System.nanoTime();
		long[] events = { 0 };
		int[] stored = { 0 };
		Map<CaseStatus, Integer> statuses = new EnumMap<>(CaseStatus.class);
		long[] storing = { 0 };
		make(settings, (batch) -> {
			long storeStart = System.nanoTime();
			events[0] += this.importer.importCases(batch.histories());
			storing[0] += System.nanoTime() - storeStart;
			stored[0] += batch.histories().size();
			batch.statuses().forEach((status) -> statuses.merge(status, 1, Integer::sum));
			if (stored[0] % (settings.batch() * 50) == 0 || stored[0] == settings.cases()) {
				progress.accept("%,d cases, %,d events stored in %.0f s (%.0f s of it storing)".formatted(stored[0],
						events[0], (System.nanoTime() - start) / 1e9, storing[0] / 1e9));
			}
		});
		return new Result(stored[0], events[0], Duration.ofNanos(System.nanoTime() - start), statuses);
	}

	/** A batch of histories and the status each makes. */
	record Batch(List<List<CaseEvent>> histories, List<CaseStatus> statuses) {
	}

	/** Makes the county's histories in filing order, a batch at a time. */
	void make(Settings settings, Consumer<Batch> sink) {
		LocalDate today = ServiceTime.today(this.clock);
		Instant now = this.clock.instant();
		SplittableRandom random = new SplittableRandom(settings.seed());
		SyntheticCounty county = new SyntheticCounty(settings.seed(), settings.villages(), settings.residents(),
				today.minusDays(settings.spanDays()));
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = today.minusDays(settings.spanDays() - 1); !day.isAfter(today); day = day.plusDays(1)) {
			if (this.calendar.isWorkingDay(day)) {
				days.add(day);
			}
		}
		// slowly growing: the last day has 1.4 times the cases of the first
		double[] weights = new double[days.size()];
		double total = 0;
		for (int i = 0; i < weights.length; i++) {
			weights[i] = 1 + 0.4 * i / Math.max(1, weights.length - 1);
			total += weights[i];
		}
		List<List<CaseEvent>> histories = new ArrayList<>(settings.batch());
		List<CaseStatus> statuses = new ArrayList<>(settings.batch());
		double cumulative = 0;
		int made = 0;
		for (int d = 0; d < days.size(); d++) {
			cumulative += weights[d];
			int until = (d == days.size() - 1) ? settings.cases()
					: (int) Math.round(settings.cases() * cumulative / total);
			Map<NodeCode, Integer> sequences = new HashMap<>();
			for (; made < until; made++) {
				Story story = new Story(random, now);
				plan(story, county, days.get(d), sequences);
				histories.add(story.events);
				statuses.add(story.current().status());
				if (histories.size() == settings.batch()) {
					sink.accept(new Batch(List.copyOf(histories), List.copyOf(statuses)));
					histories.clear();
					statuses.clear();
				}
			}
		}
		if (!histories.isEmpty()) {
			sink.accept(new Batch(List.copyOf(histories), List.copyOf(statuses)));
		}
	}

	/** One case's life, planned and told up to now. */
	private void plan(Story story, SyntheticCounty county, LocalDate filedOn, Map<NodeCode, Integer> sequences) {
		SplittableRandom random = story.random;
		ServiceItem item = item(random);
		int resident = county.resident(random, item.code().value().equals("S-003"));
		SyntheticCounty.Village village = county.villageOf(resident);
		NodeCode townshipCode = village.township().code();
		NetworkPlace township = NetworkPlace.township(townshipCode, this.hub);
		Actor clerk = clerk(townshipCode, random);
		boolean atVillage = item.acceptAt().contains(NodeLevel.VILLAGE) && item.proxyAllowed()
				&& random.nextInt(100) < 25;
		NetworkPlace filing = atVillage ? NetworkPlace.village(village.code(), townshipCode, this.hub) : township;
		Actor filer = atVillage
				? Actor.of(
						new StaffRef("agent." + village.code().value().toLowerCase(java.util.Locale.ROOT),
								CLERK_NAMES[Math.floorMod(village.code().hashCode(), CLERK_NAMES.length)]),
						Role.PROXY_AGENT)
				: clerk;
		Channel channel = atVillage ? proxyChannel(random)
				: (item.category() == ItemCategory.NO_VISIT || random.nextInt(100) < 4) ? Channel.NO_VISIT
						: Channel.WINDOW;
		Authorisation consent = channel.isProxy()
				? new Authorisation(filedOn, Authorisation.Scope.THIS_CASE, Authorisation.Form.SIGNED_PAPER, null)
				: null;
		int sequence = sequences.merge(filing.node(), 1, Integer::sum);
		story.at(filedOn, LocalTime.of(8, 30).plusMinutes(random.nextInt(8 * 60)));
		story.id = CaseId.newId(Clock.fixed(story.now, ServiceTime.SERVICE_ZONE), random);
		Map<String, MaterialState> materials = new LinkedHashMap<>();
		item.materials().forEach((m) -> materials.put(m.name(), MaterialState.RECEIVED));
		story.step(filing, filer,
				new CaseCommand.File(story.id, QueryCode.issue(filing.node(), filedOn, sequence), item,
						this.catalog.version(), county.applicant(resident, filedOn, random), channel, consent,
						materials));
		if (random.nextInt(1000) < 3) {
			return; // a draft never handed in
		}
		story.later(2).step(filing, filer, new CaseCommand.Submit());
		// acceptance at the township: a village's case the same or the next working day
		if (atVillage) {
			story.on(this.calendar.plusWorkingDays(filedOn, random.nextInt(2)), 9, 7 * 60, random);
		}
		else {
			story.later(5 + random.nextInt(10));
		}
		int roll = random.nextInt(1000);
		if (roll < 20) {
			story.step(township, clerk, new CaseCommand.Refuse(List.of("申请人不符合本事项的申请条件")));
			return;
		}
		if (roll < 60) {
			String material = item.materials().getFirst().name();
			story.step(township, clerk, new CaseCommand.RequestCorrection(
					List.of(new MaterialIssue(material, MaterialIssue.Kind.FAULTY, "复印件不清晰，请提供原件"))));
			story.on(this.calendar.plusWorkingDays(story.day(), 1 + random.nextInt(3)), 9, 7 * 60, random)
				.step(township, clerk, new CaseCommand.Resubmit(materials))
				.later(10)
				.step(township, clerk, new CaseCommand.Accept(List.of()));
		}
		else if (roll < 110 && deferrable(item) != null && item.promisedLimitDays() >= 3) {
			String material = deferrable(item);
			LocalDate acceptedOn = story.day();
			LocalDate due = this.calendar.plusWorkingDays(acceptedOn, Math.min(3, item.promisedLimitDays()));
			story.step(township, clerk, new CaseCommand.Accept(List.of(new Deferral(material, due, "申请人本人"))));
			if (random.nextInt(100) < 8) {
				story.on(this.calendar.plusWorkingDays(due, 1), 9, 60, random)
					.step(township, clerk, new CaseCommand.TerminateOverdue());
				return;
			}
			story.on(this.calendar.plusWorkingDays(acceptedOn, 1 + random.nextInt(3)), 9, 7 * 60, random)
				.step(township, clerk, new CaseCommand.SupplyDeferred(material));
		}
		else {
			story.step(township, clerk, new CaseCommand.Accept(List.of()));
		}
		LocalDate acceptedOn = story.day();
		boolean late = decide(story, item, township, clerk, acceptedOn, random);
		// delivery at the accepting township, usually soon; a few results are never
		// fetched
		if (random.nextInt(100) < 2) {
			return;
		}
		story.on(this.calendar.plusWorkingDays(story.day(), random.nextInt(3)), 9, 8 * 60, random)
			.step(township, clerk,
					new CaseCommand.Deliver(atVillage ? DeliveryMethod.BY_PROXY_AGENT : DeliveryMethod.AT_WINDOW));
		if (random.nextInt(100) < 18) {
			return; // not rated
		}
		RatingLevel level = rating(random, late);
		story.later(3)
			.step(township, clerk, new CaseCommand.Rate(level,
					level.isBad() ? BAD_COMMENTS[random.nextInt(BAD_COMMENTS.length)] : null));
		if (!level.isBad()) {
			return;
		}
		// the follow-up (整改): mostly closed in time, some late, a few never
		int followUp = random.nextInt(100);
		if (followUp < 6) {
			return;
		}
		int days = (followUp < 12) ? CasePolicy.DEFAULT.followUpWorkingDays() + 1 + random.nextInt(10)
				: 1 + random.nextInt(CasePolicy.DEFAULT.followUpWorkingDays());
		story.on(this.calendar.plusWorkingDays(story.day(), days), 9, 8 * 60, random)
			.step(NetworkPlace.county(this.hub), this.supervisor,
					new CaseCommand.CloseFollowUp("已回访申请人，说明情况并整改：窗口增加一次性告知清单"));
	}

	/**
	 * Decides the accepted case: a township item at the township, a county item forwarded
	 * and decided at the hub, most within the promised limit, a few late.
	 * @return whether the decision came after the promised due day
	 */
	private boolean decide(Story story, ServiceItem item, NetworkPlace township, Actor clerk, LocalDate acceptedOn,
			SplittableRandom random) {
		if (item.category() == ItemCategory.INSTANT) {
			return false; // decided on acceptance
		}
		int limit = (item.category() == ItemCategory.SAME_DAY) ? 0 : item.promisedLimitDays();
		int roll = random.nextInt(100);
		int days;
		if (limit == 0) {
			days = (roll < 97) ? 0 : 1;
		}
		else if (roll < 75) {
			days = 1 + random.nextInt(Math.max(1, limit * 6 / 10));
		}
		else if (roll < 91) {
			days = limit * 6 / 10 + 1 + random.nextInt(Math.max(1, limit - limit * 6 / 10));
		}
		else if (roll < 96) {
			days = limit;
		}
		else {
			days = limit + 1 + random.nextInt(2 + limit / 3);
		}
		days = Math.min(days, limit + 12);
		LocalDate decidedOn = this.calendar.plusWorkingDays(acceptedOn, days);
		boolean approved = random.nextInt(100) < 95;
		CaseCommand.Decide decision = new CaseCommand.Decide(
				approved ? DecisionOutcome.APPROVED : DecisionOutcome.REJECTED,
				approved ? List.of() : List.of("经审核，申请材料反映的情况不符合政策规定"));
		if (item.decidedAt() == NodeLevel.TOWNSHIP) {
			story.on(decidedOn, 10, (days == 0) ? 6 * 60 : 7 * 60, random).step(township, clerk, decision);
			return days > limit;
		}
		NetworkPlace county = NetworkPlace.county(this.hub);
		Actor reviewer = this.reviewers
			.computeIfAbsent(item.department(),
					(department) -> Actor.of(
							new StaffRef("reviewer." + Math.abs(department.hashCode() % 1000),
									CLERK_NAMES[Math.floorMod(department.hashCode(), CLERK_NAMES.length)]),
							Role.REVIEWER));
		story.later(20).step(township, clerk, new CaseCommand.Forward());
		LocalDate receivedOn = (random.nextBoolean() || days == 0) ? acceptedOn
				: this.calendar.plusWorkingDays(acceptedOn, 1);
		story.on(receivedOn, 9, 8 * 60, random).step(county, reviewer, new CaseCommand.Receive());
		if (random.nextInt(100) < 40) {
			story.later(30).step(county, reviewer, new CaseCommand.StartReview());
		}
		story.on(decidedOn, 10, 6 * 60, random)
			.step(county, reviewer, decision)
			.later(2)
			.step(county, reviewer, new CaseCommand.ReleaseResult());
		return days > limit;
	}

	private ServiceItem item(SplittableRandom random) {
		int roll = random.nextInt(this.itemCumulative[this.itemCumulative.length - 1]);
		for (int i = 0; i < this.itemCumulative.length; i++) {
			if (roll < this.itemCumulative[i]) {
				return this.items.get(i);
			}
		}
		throw new IllegalStateException("no item for " + roll);
	}

	private static @Nullable String deferrable(ServiceItem item) {
		return item.materials()
			.stream()
			.filter((m) -> !m.key())
			.map(MaterialRequirement::name)
			.findFirst()
			.orElse(null);
	}

	private static Channel proxyChannel(SplittableRandom random) {
		int roll = random.nextInt(100);
		return (roll < 50) ? Channel.ON_BEHALF
				: (roll < 70) ? Channel.IMMEDIATE : (roll < 85) ? Channel.ACCOMPANIED : Channel.HOME_VISIT;
	}

	/** Mostly satisfied; a late case is rated badly more often. */
	private static RatingLevel rating(SplittableRandom random, boolean late) {
		int roll = random.nextInt(1000);
		int bad = late ? 150 : 30;
		if (roll < bad / 4) {
			return RatingLevel.VERY_DISSATISFIED;
		}
		if (roll < bad) {
			return RatingLevel.DISSATISFIED;
		}
		if (roll < bad + 80) {
			return RatingLevel.BASICALLY_SATISFIED;
		}
		if (roll < bad + 350) {
			return RatingLevel.SATISFIED;
		}
		return RatingLevel.VERY_SATISFIED;
	}

	/** Three window clerks per township. */
	private static Actor clerk(NodeCode township, SplittableRandom random) {
		int n = 1 + random.nextInt(3);
		String name = CLERK_NAMES[Math.floorMod(township.hashCode() * 3 + n, CLERK_NAMES.length)];
		return Actor.of(new StaffRef("clerk." + township.value().toLowerCase(java.util.Locale.ROOT) + n, name),
				Role.WINDOW_CLERK);
	}

	/**
	 * One case's history, told step by step: each step is a command at a place and time,
	 * decided by the shared rules and folded; a step planned after now, and every one
	 * after it, has not happened yet.
	 */
	private final class Story {

		private final SplittableRandom random;

		private final Instant cutoff;

		private final List<CaseEvent> events = new ArrayList<>(12);

		private @Nullable Case current;

		private CaseId id = CaseId.of(new java.util.UUID(0, 0));

		private Instant now = Instant.EPOCH;

		private boolean stopped;

		Story(SplittableRandom random, Instant cutoff) {
			this.random = random;
			this.cutoff = cutoff;
		}

		Case current() {
			return java.util.Objects.requireNonNull(this.current);
		}

		LocalDate day() {
			return ServiceTime.dayOf(this.now);
		}

		Story at(LocalDate day, LocalTime time) {
			this.now = day.atTime(time).atZone(ServiceTime.SERVICE_ZONE).toInstant();
			return this;
		}

		/** A day at a random time from an hour on, never before the last step. */
		Story on(LocalDate day, int fromHour, int withinMinutes, SplittableRandom random) {
			Instant planned = day.atTime(LocalTime.of(fromHour, 0).plusMinutes(random.nextInt(withinMinutes)))
				.atZone(ServiceTime.SERVICE_ZONE)
				.toInstant();
			if (planned.isAfter(this.now)) {
				this.now = planned;
			}
			return this;
		}

		Story later(int minutes) {
			this.now = this.now.plusSeconds(60L * minutes);
			return this;
		}

		Story step(NetworkPlace place, Actor actor, CaseCommand command) {
			if (this.stopped || this.now.isAfter(this.cutoff)) {
				this.stopped = true;
				return this;
			}
			Instant at = this.now;
			CommandContext context = new CommandContext(actor, place, at, CountyGenerator.this.calendar,
					CasePolicy.DEFAULT, () -> EventId.newId(Clock.fixed(at, ServiceTime.SERVICE_ZONE), this.random));
			CommandResult result = CaseDecider.decide(this.current, command, context);
			if (!(result instanceof CommandResult.Done done)) {
				throw new IllegalStateException("generated step refused: " + command + ": " + result);
			}
			this.events.addAll(done.events());
			this.current = done.after();
			this.now = this.now.plusSeconds(60);
			return this;
		}

	}

}
