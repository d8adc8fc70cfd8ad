package org.bianmin.node.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.WorkingCalendar;
import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.ApplicantSnapshot;
import org.bianmin.model.cases.Authorisation;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.Channel;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.DecisionOutcome;
import org.bianmin.model.cases.Deferral;
import org.bianmin.model.cases.DeliveryMethod;
import org.bianmin.model.cases.MaterialIssue;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.cases.RatingLevel;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.catalog.CatalogDocument;
import org.bianmin.model.catalog.CatalogVersion;
import org.bianmin.model.catalog.ItemCode;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.resident.SpecialGroup;
import org.bianmin.model.staff.Role;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.QueryCodeIssuer;
import org.bianmin.node.residents.Resident;
import org.bianmin.node.residents.ResidentRegisterService;
import org.bianmin.node.staff.StaffPrincipal;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the node with made-up cases through {@link CaseCommandService}, the write path
 * the screens use: every case is real events, its projection row and its outbox rows, and
 * every step passes the shared case rules. The mix follows a township window's day:
 * drafts, submitted and corrected cases, refusals, running and paused clocks (deferred
 * materials), reviews, decisions, deliveries with ratings (a few bad, opening
 * follow-ups), and county items forwarded to the hub. Cases are filed over the last 60
 * days on a {@link MovableClock}, so their time-limit colours differ; commands are
 * committed in batches of about {@value #BATCH} so that 20,000 cases load in minutes.
 */
final class CaseworkLoad {

	static final int BATCH = 200;

	/** About {@value #BATCH} commands: a case takes 3.4 commands on average. */
	private static final int CASES_PER_BATCH = 60;

	static final int DAYS = 60;

	private enum Plan {

		DRAFT(5), SUBMITTED(7), NEEDS_CORRECTION(4), REFUSED(3), ACCEPTED(15), ACCEPTED_DEFERRED(6),
		DEFERRED_SUPPLIED(4), IN_REVIEW(10), DECIDED(8), DELIVERED_RATED(20), INSTANT_DELIVERED(5), FORWARDED(13);

		private final int weight;

		Plan(int weight) {
			this.weight = weight;
		}

	}

	/** Decided here, with a promised limit: a running clock. */
	private static final List<String> TOWNSHIP_TIMED = List.of("S-006", "S-010", "S-009", "S-014");

	/** Decided here, with a non-key material that can be deferred within the limit. */
	private static final Map<String, String> DEFERRABLE = Map.of("S-006", "困难情况证明材料", "S-010", "农村宅基地使用承诺书", "S-009",
			"社会保障卡", "S-014", "结婚证");

	private static final List<String> INSTANT = List.of("S-001", "S-008");

	private static final List<String> COUNTY = List.of("S-002", "S-003", "S-004", "S-005", "S-011", "S-012", "S-013");

	private static final List<Channel> PROXY_CHANNELS = List.of(Channel.IMMEDIATE, Channel.ON_BEHALF,
			Channel.ACCOMPANIED, Channel.HOME_VISIT);

	private final CaseCommandService commands;

	private final QueryCodeIssuer queryCodes;

	private final ResidentRegisterService residents;

	private final WorkingCalendar calendar;

	private final TransactionTemplate transactions;

	private final MovableClock clock;

	private final CatalogVersion catalog;

	private final StaffPrincipal registrar;

	private final List<Actor> clerks;

	private final Actor agent;

	private final Random random = new Random(20261125L);

	private final RandomGenerator ids = new SecureRandom();

	private final List<Plan> plans = new ArrayList<>();

	private int commandsGiven;

	CaseworkLoad(ApplicationContext context, MovableClock clock) {
		this.commands = context.getBean(CaseCommandService.class);
		this.queryCodes = context.getBean(QueryCodeIssuer.class);
		this.residents = context.getBean(ResidentRegisterService.class);
		this.calendar = context.getBean(WorkingCalendar.class);
		this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		this.clock = clock;
		this.catalog = demoCatalog(context.getBean(JsonMapper.class));
		this.registrar = (StaffPrincipal) context.getBean(org.bianmin.node.staff.StaffAccountService.class)
			.loadUserByUsername("clerk");
		this.clerks = List.of(Actor.of(new StaffRef("clerk", "周晓燕"), Role.WINDOW_CLERK),
				Actor.of(new StaffRef("clerk.b", "吴海涛"), Role.WINDOW_CLERK));
		this.agent = Actor.of(new StaffRef("agent.qs", "郑桂芳"), Role.PROXY_AGENT);
		for (Plan plan : Plan.values()) {
			for (int i = 0; i < plan.weight; i++) {
				this.plans.add(plan);
			}
		}
	}

	/**
	 * Registers the residents, then files the cases.
	 * @return how many commands were given
	 */
	int load(int caseCount, List<Resident.Data> people, Runnable progress) {
		LocalDate today = ServiceTime.today(java.time.Clock.system(ServiceTime.SERVICE_ZONE));
		this.clock.set(today.minusDays(DAYS).atTime(8, 0).atZone(ServiceTime.SERVICE_ZONE).toInstant());
		for (int from = 0; from < people.size(); from += 500) {
			List<Resident.Data> slice = people.subList(from, Math.min(people.size(), from + 500));
			this.transactions
				.executeWithoutResult((tx) -> slice.forEach((p) -> this.residents.register(p, this.registrar)));
		}
		List<Runnable> batch = new ArrayList<>();
		for (int i = 0; i < caseCount; i++) {
			Resident.Data person = people.get(this.random.nextInt(people.size()));
			int index = i;
			batch.add(() -> makeCase(index, today, person));
			if (batch.size() >= CASES_PER_BATCH) {
				commit(batch);
				progress.run();
			}
		}
		commit(batch);
		this.clock.release();
		return this.commandsGiven;
	}

	private void commit(List<Runnable> batch) {
		List<Runnable> work = List.copyOf(batch);
		batch.clear();
		this.transactions.executeWithoutResult((tx) -> work.forEach(Runnable::run));
	}

	private void makeCase(int index, LocalDate today, Resident.Data person) {
		Plan plan = this.plans.get(this.random.nextInt(this.plans.size()));
		// cases still open at the window are mostly recent; finished ones spread over the
		// 60 days
		boolean open = switch (plan) {
			case DRAFT, SUBMITTED, NEEDS_CORRECTION, ACCEPTED, ACCEPTED_DEFERRED, DEFERRED_SUPPLIED, IN_REVIEW -> true;
			default -> false;
		};
		LocalDate filedOn = today.minusDays(this.random.nextInt(open ? 20 : DAYS));
		ServiceItem item = item(switch (plan) {
			case DRAFT, SUBMITTED, NEEDS_CORRECTION, REFUSED -> anyItem();
			case ACCEPTED, IN_REVIEW, DECIDED, DELIVERED_RATED -> pick(TOWNSHIP_TIMED);
			case ACCEPTED_DEFERRED, DEFERRED_SUPPLIED -> pick(List.copyOf(DEFERRABLE.keySet()));
			case INSTANT_DELIVERED -> pick(INSTANT);
			case FORWARDED -> pick(COUNTY);
		});
		Actor clerk = pick(this.clerks);
		boolean proxy = item.proxyAllowed() && this.random.nextInt(10) < 3;
		Actor filer = proxy ? this.agent : clerk;
		Steps steps = new Steps(index, today, filedOn);
		Map<String, MaterialState> materials = materials(item, plan);
		steps.at(0);
		ApplicantSnapshot applicant = new ApplicantSnapshot(person.residentId(), person.name(),
				(person.phone() != null) ? person.phone().value() : null, person.village(),
				SpecialGroup.of(person.residentId(), filedOn, person.disabled(), person.pregnant()));
		Channel channel = proxy ? pick(PROXY_CHANNELS) : Channel.WINDOW;
		Authorisation authorisation = proxy ? new Authorisation(filedOn, Authorisation.Scope.THIS_CASE,
				Authorisation.Form.values()[this.random.nextInt(2)], null) : null;
		CaseCommand.File file = new CaseCommand.File(CaseId.newId(this.clock, this.ids), this.queryCodes.issue(), item,
				this.catalog.version(), applicant, channel, authorisation, materials);
		Case current = done(this.commands.file(file, filer), file);
		if (plan == Plan.DRAFT) {
			return;
		}
		current = give(current, filer, new CaseCommand.Submit());
		switch (plan) {
			case SUBMITTED -> {
			}
			case NEEDS_CORRECTION -> give(current, clerk, new CaseCommand.RequestCorrection(List.of(
					new MaterialIssue(item.materials().getLast().name(), MaterialIssue.Kind.MISSING, null),
					new MaterialIssue(item.materials().getFirst().name(), MaterialIssue.Kind.FAULTY, "复印件不清晰"))));
			case REFUSED -> give(current, clerk, new CaseCommand.Refuse(List.of("不属于本中心受理范围")));
			case ACCEPTED -> give(current, clerk, new CaseCommand.Accept(List.of()));
			case ACCEPTED_DEFERRED, DEFERRED_SUPPLIED -> {
				String material = DEFERRABLE.get(item.code().value());
				LocalDate acceptedOn = steps.at(this.random.nextInt(2));
				int days = Math.min(3, item.promisedLimitDays());
				Deferral deferral = new Deferral(material, this.calendar.plusWorkingDays(acceptedOn, days),
						person.name().value());
				current = give(current, clerk, new CaseCommand.Accept(List.of(deferral)));
				if (plan == Plan.DEFERRED_SUPPLIED) {
					steps.at(1 + this.random.nextInt(2));
					give(current, clerk, new CaseCommand.SupplyDeferred(material));
				}
			}
			case IN_REVIEW -> {
				steps.at(this.random.nextInt(2));
				current = give(current, clerk, new CaseCommand.Accept(List.of()));
				steps.at(1 + this.random.nextInt(3));
				give(current, clerk, new CaseCommand.StartReview());
			}
			case DECIDED, DELIVERED_RATED -> {
				steps.at(this.random.nextInt(2));
				current = give(current, clerk, new CaseCommand.Accept(List.of()));
				// mostly within the promised limit, one in ten late
				int late = (this.random.nextInt(10) == 0) ? 2 + this.random.nextInt(5) : 0;
				steps.at(this.random.nextInt(Math.max(1, item.promisedLimitDays())) + late);
				boolean approved = this.random.nextInt(10) > 0;
				current = give(current, clerk,
						new CaseCommand.Decide(approved ? DecisionOutcome.APPROVED : DecisionOutcome.REJECTED,
								approved ? List.of() : List.of("申请人家庭收入超过规定标准")));
				if (plan == Plan.DELIVERED_RATED) {
					deliverAndRate(current, clerk, steps);
				}
			}
			case INSTANT_DELIVERED -> {
				current = give(current, clerk, new CaseCommand.Accept(List.of()));
				deliverAndRate(current, clerk, steps);
			}
			case FORWARDED -> {
				steps.at(this.random.nextInt(2));
				current = give(current, clerk, new CaseCommand.Accept(List.of()));
				give(current, clerk, new CaseCommand.Forward());
			}
			case DRAFT -> throw new IllegalStateException("handled above");
		}
	}

	private void deliverAndRate(Case decided, Actor clerk, Steps steps) {
		steps.at(this.random.nextInt(3));
		Case delivered = give(decided, clerk, new CaseCommand.Deliver(DeliveryMethod.AT_WINDOW));
		int roll = this.random.nextInt(100);
		RatingLevel level = (roll < 55) ? RatingLevel.VERY_SATISFIED
				: (roll < 85) ? RatingLevel.SATISFIED : (roll < 96) ? RatingLevel.BASICALLY_SATISFIED
						: (roll < 99) ? RatingLevel.DISSATISFIED : RatingLevel.VERY_DISSATISFIED;
		give(delivered, clerk, new CaseCommand.Rate(level, level.isBad() ? "等候时间太长" : null));
	}

	private Map<String, MaterialState> materials(ServiceItem item, Plan plan) {
		Map<String, MaterialState> materials = new LinkedHashMap<>();
		item.materials().forEach((m) -> materials.put(m.name(), MaterialState.RECEIVED));
		if (plan == Plan.ACCEPTED_DEFERRED || plan == Plan.DEFERRED_SUPPLIED) {
			materials.put(DEFERRABLE.get(item.code().value()), MaterialState.DEFERRED);
		}
		else if (plan == Plan.DRAFT || plan == Plan.NEEDS_CORRECTION) {
			materials.put(item.materials().getLast().name(), MaterialState.MISSING);
		}
		return materials;
	}

	private Case give(Case current, Actor actor, CaseCommand command) {
		return done(this.commands.handle(current.id(), command, actor), command);
	}

	private Case done(CommandResult result, CaseCommand command) {
		this.commandsGiven++;
		return switch (result) {
			case CommandResult.Done done -> done.after();
			case CommandResult.Denied denied -> throw new IllegalStateException("The rules refused the benchmark's "
					+ command.getClass().getSimpleName() + ": " + denied.violation());
		};
	}

	private String anyItem() {
		List<ServiceItem> items = this.catalog.items();
		return items.get(this.random.nextInt(items.size())).code().value();
	}

	private ServiceItem item(String code) {
		return this.catalog.item(ItemCode.of(code))
			.orElseThrow(() -> new IllegalStateException("The demo catalog has no item " + code));
	}

	private <T> T pick(List<T> choices) {
		return choices.get(this.random.nextInt(choices.size()));
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

	/**
	 * Moves the clock through one case's days: each step a few minutes after the one
	 * before, some days later when asked, never past today.
	 */
	private final class Steps {

		private final LocalDate today;

		private LocalDate day;

		private LocalTime time;

		Steps(int index, LocalDate today, LocalDate filedOn) {
			this.today = today;
			this.day = filedOn;
			this.time = LocalTime.of(8, 30).plusMinutes(index % 420);
		}

		LocalDate at(int daysLater) {
			LocalDate next = this.day.plusDays(daysLater);
			this.day = next.isAfter(this.today) ? this.today : next;
			this.time = this.time.plusMinutes(3);
			CaseworkLoad.this.clock.set(this.day.atTime(this.time).atZone(ServiceTime.SERVICE_ZONE).toInstant());
			return this.day;
		}

	}

}
