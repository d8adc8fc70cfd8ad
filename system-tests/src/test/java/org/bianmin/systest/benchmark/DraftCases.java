package org.bianmin.systest.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.WorkingCalendar;
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
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.cases.NetworkPlace;
import org.bianmin.model.cases.QueryCode;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.catalog.CatalogDocument;
import org.bianmin.model.catalog.CatalogVersion;
import org.bianmin.model.catalog.ItemCode;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.model.resident.SpecialGroup;
import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases of the village point QSLW made with shared-model's own rules
 * ({@link CaseDecider}), as the node would make them: the agent 陈秀英 files a home-visit
 * case and saves the draft again and again while the materials come in
 * ({@code UPDATE_DRAFT}), {@value #EVENTS_PER_CASE} events per case. Drafts stay at the
 * village, so no other node has an interest in them: they fill the hub's tables without
 * adding to anyone's pull.
 */
final class DraftCases {

	static final int EVENTS_PER_CASE = 10;

	private static final Actor AGENT = Actor.of(new StaffRef("agent", "陈秀英"), Role.PROXY_AGENT);

	private static final NetworkPlace VILLAGE = NetworkPlace.village(NodeCode.of("QSLW"), NodeCode.of("QS"),
			NodeCode.of("YL"));

	private final Clock clock = Clock.tickMillis(ZoneOffset.UTC);

	private final RandomGenerator random = new SecureRandom();

	private final ServiceItem item;

	private final int catalogVersion;

	private final ApplicantSnapshot applicant;

	private final WorkingCalendar calendar = WorkingCalendar.withoutHolidayData();

	private long cases;

	DraftCases() {
		CatalogVersion catalog = demoCatalog();
		this.item = catalog.item(ItemCode.of("S-003")).orElseThrow();
		this.catalogVersion = catalog.version();
		ResidentId id = ResidentId.of("621121193805125626");
		this.applicant = new ApplicantSnapshot(id, PersonName.of("王秀兰"), null, "柳湾村",
				SpecialGroup.of(id, ServiceTime.today(this.clock), false, false));
	}

	/** The events of the next {@code count} cases, case after case, in sequence order. */
	List<CaseEvent> next(int count) {
		List<CaseEvent> events = new ArrayList<>(count * EVENTS_PER_CASE);
		for (int i = 0; i < count; i++) {
			events.addAll(nextCase());
		}
		return events;
	}

	private List<CaseEvent> nextCase() {
		long number = ++this.cases;
		LocalDate today = ServiceTime.today(this.clock);
		Map<String, MaterialState> materials = new LinkedHashMap<>();
		this.item.materials().forEach((material) -> materials.put(material.name(), MaterialState.MISSING));
		List<String> names = List.copyOf(materials.keySet());
		List<CaseEvent> events = new ArrayList<>(EVENTS_PER_CASE);
		Case current = decide(null,
				new CaseCommand.File(CaseId.newId(this.clock, this.random), queryCode(number), this.item,
						this.catalogVersion, this.applicant, Channel.HOME_VISIT,
						new Authorisation(today, Authorisation.Scope.THIS_CASE, Authorisation.Form.FINGERPRINT, null),
						materials),
				events);
		for (int update = 1; update < EVENTS_PER_CASE; update++) {
			String name = names.get(update % names.size());
			materials.put(name,
					(materials.get(name) == MaterialState.RECEIVED) ? MaterialState.MISSING : MaterialState.RECEIVED);
			current = decide(current, new CaseCommand.UpdateDraft(Channel.HOME_VISIT, Map.copyOf(materials)), events);
		}
		return events;
	}

	private Case decide(@Nullable Case current, CaseCommand command, List<CaseEvent> events) {
		CommandContext context = new CommandContext(AGENT, VILLAGE, Instant.now(this.clock), this.calendar,
				CasePolicy.DEFAULT, () -> EventId.newId(this.clock, this.random));
		return switch (CaseDecider.decide(current, command, context)) {
			case CommandResult.Done done -> {
				events.addAll(done.events());
				yield done.after();
			}
			case CommandResult.Denied denied -> throw new IllegalStateException("The rules refused the benchmark's "
					+ command.getClass().getSimpleName() + ": " + denied.violation());
		};
	}

	/**
	 * Codes of a day long past: the village's own codes (of today) never meet them, and
	 * the hub keeps query codes unique.
	 */
	private static QueryCode queryCode(long number) {
		return QueryCode.issue(VILLAGE.node(), LocalDate.of(2001, 1, 1), Math.toIntExact(number));
	}

	private static CatalogVersion demoCatalog() {
		try (InputStream in = CatalogDocument.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The demo catalog is missing: " + CatalogDocument.DEMO_RESOURCE);
			}
			return JsonMapper.builder().build().readValue(in, CatalogDocument.class).toCatalogVersion();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
