package org.bianmin.model.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.bianmin.model.calendar.WorkingCalendar;
import org.bianmin.model.catalog.ItemCategory;
import org.bianmin.model.catalog.ItemCode;
import org.bianmin.model.catalog.ItemType;
import org.bianmin.model.catalog.MaterialForm;
import org.bianmin.model.catalog.MaterialRequirement;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.model.resident.SpecialGroup;
import org.bianmin.model.staff.Role;

/**
 * Made-up places, people, items and contexts for case tests; shared with the apps' tests
 * through shared-model's test jar.
 */
public final class CaseFixtures {

	public static final NodeCode HUB = NodeCode.of("YL");

	public static final NodeCode TOWNSHIP = NodeCode.of("QS");

	public static final NodeCode VILLAGE = NodeCode.of("QSLW");

	public static final NetworkPlace AT_HUB = NetworkPlace.county(HUB);

	public static final NetworkPlace AT_TOWNSHIP = NetworkPlace.township(TOWNSHIP, HUB);

	public static final NetworkPlace AT_VILLAGE = NetworkPlace.village(VILLAGE, TOWNSHIP, HUB);

	public static final Actor AGENT = Actor.of(new StaffRef("agent", "陈秀英"), Role.PROXY_AGENT);

	public static final Actor CLERK = Actor.of(new StaffRef("clerk", "周晓燕"), Role.WINDOW_CLERK);

	public static final Actor REVIEWER = Actor.of(new StaffRef("reviewer", "孙志强"), Role.REVIEWER);

	public static final Actor SUPERVISOR = Actor.of(new StaffRef("supervisor", "钱丽华"), Role.SUPERVISOR);

	/** Monday 2 March 2026, 10:00 in the county. */
	public static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T02:00:00Z");

	/**
	 * A calendar without holiday data: weekends only, which keeps the arithmetic of tests
	 * plain.
	 */
	public static final WorkingCalendar WEEKENDS_ONLY = WorkingCalendar.of(List.of());

	/**
	 * 城乡居民基本养老保险待遇领取: decided by the county, 5 promised / 20 legal days, one non-key
	 * material.
	 */
	public static final ServiceItem PENSION = item("S-002", "城乡居民基本养老保险待遇领取", NodeLevel.COUNTY,
			ItemCategory.TIME_LIMITED, 20, 5, true, List.of(key("居民身份证"), key("户口簿"), nonKey("社会保障卡")));

	/** 临时救助申请: decided by the township, 7 promised / 15 legal days. */
	public static final ServiceItem RELIEF = item("S-006", "临时救助申请", NodeLevel.TOWNSHIP, ItemCategory.TIME_LIMITED, 15,
			7, true, List.of(key("临时救助申请书"), key("居民身份证"), nonKey("困难情况证明材料")));

	/** 城乡居民基本医疗保险参保登记: an instant item decided at the township. */
	public static final ServiceItem MEDICAL_ENROLMENT = item("S-008", "城乡居民基本医疗保险参保登记", NodeLevel.TOWNSHIP,
			ItemCategory.INSTANT, 0, 0, true, List.of(key("居民身份证"), key("户口簿")));

	/** 农村村民宅基地申请: township only, no proxy filing. */
	public static final ServiceItem HOMESTEAD = item("S-010", "农村村民宅基地申请", NodeLevel.TOWNSHIP,
			ItemCategory.TIME_LIMITED, 20, 15, false, List.of(key("申请表"), key("居民身份证"), nonKey("使用承诺书")));

	private static final AtomicInteger QUERY_SEQUENCE = new AtomicInteger();

	private CaseFixtures() {
	}

	public static ApplicantSnapshot applicant() {
		ResidentId id = ResidentId.of("621121194411030784");
		return new ApplicantSnapshot(id, PersonName.of("王𠈌兰"), "13800000000", "柳湾村",
				SpecialGroup.of(id, LocalDate.of(2026, 3, 2), false, false));
	}

	public static Authorisation signedAuthorisation() {
		return new Authorisation(LocalDate.of(2026, 3, 1), Authorisation.Scope.THIS_CASE,
				Authorisation.Form.SIGNED_PAPER, null);
	}

	/** Every material of an item in one state. */
	public static Map<String, MaterialState> all(ServiceItem item, MaterialState state) {
		Map<String, MaterialState> materials = new LinkedHashMap<>();
		item.materials().forEach((m) -> materials.put(m.name(), state));
		return materials;
	}

	/** Every material received except the given ones, which are in the given state. */
	public static Map<String, MaterialState> receivedExcept(ServiceItem item, MaterialState state, String... names) {
		Map<String, MaterialState> materials = all(item, MaterialState.RECEIVED);
		for (String name : names) {
			materials.put(name, state);
		}
		return materials;
	}

	public static CaseCommand.File fileAtWindow(ServiceItem item, Map<String, MaterialState> materials) {
		return new CaseCommand.File(CaseId.of(UUID.randomUUID()), queryCode(), item, 1, applicant(), Channel.WINDOW,
				null, materials);
	}

	public static CaseCommand.File fileByProxy(ServiceItem item, Map<String, MaterialState> materials) {
		return new CaseCommand.File(CaseId.of(UUID.randomUUID()), queryCode(), item, 1, applicant(), Channel.ON_BEHALF,
				signedAuthorisation(), materials);
	}

	/**
	 * A query code not issued before in this JVM: app tests share one database per run.
	 */
	public static QueryCode queryCode() {
		return QueryCode.issue(TOWNSHIP, LocalDate.of(2026, 3, 2), QUERY_SEQUENCE.incrementAndGet());
	}

	/**
	 * Gives commands one after another as people at places would, with a clock that moves
	 * on.
	 */
	public static final class Desk {

		private Instant now = MONDAY_MORNING;

		private WorkingCalendar calendar = WEEKENDS_ONLY;

		public Desk at(Instant instant) {
			this.now = instant;
			return this;
		}

		public Desk later(Duration duration) {
			this.now = this.now.plus(duration);
			return this;
		}

		public Desk withCalendar(WorkingCalendar workingCalendar) {
			this.calendar = workingCalendar;
			return this;
		}

		public Instant now() {
			return this.now;
		}

		public CommandContext context(Actor actor, NetworkPlace place) {
			// random, not counted: cases made by several desks may share one database in
			// app tests
			Supplier<EventId> ids = () -> EventId.of(UUID.randomUUID());
			return new CommandContext(actor, place, this.now, this.calendar, CasePolicy.DEFAULT, ids);
		}

		public CommandResult decide(Case current, CaseCommand command, Actor actor, NetworkPlace place) {
			return CaseDecider.decide(current, command, context(actor, place));
		}

		/** Decides a command that must be allowed and returns the case it makes. */
		public Case done(Case current, CaseCommand command, Actor actor, NetworkPlace place) {
			CommandResult result = decide(current, command, actor, place);
			if (result instanceof CommandResult.Done done) {
				return done.after();
			}
			throw new AssertionError("expected " + command + " to be done but: " + result);
		}

	}

	private static ServiceItem item(String code, String name, NodeLevel decidedAt, ItemCategory category, int legal,
			int promised, boolean proxy, List<MaterialRequirement> materials) {
		return new ServiceItem(ItemCode.of(code), name, null, ItemType.ADMINISTRATIVE_BENEFIT,
				Set.of(NodeLevel.VILLAGE, NodeLevel.TOWNSHIP), decidedAt, "县民政局", "《社会救助暂行办法》", List.of("本县户籍居民"),
				category, legal, promised, proxy, "不收费", materials);
	}

	private static MaterialRequirement key(String name) {
		return new MaterialRequirement(name, MaterialForm.ORIGINAL, 1, true);
	}

	private static MaterialRequirement nonKey(String name) {
		return new MaterialRequirement(name, MaterialForm.COPY, 1, false);
	}

}
