package org.bianmin.hub.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.bianmin.hub.cases.CaseImportService;
import org.bianmin.hub.catalog.CatalogService;
import org.bianmin.hub.catalog.PublishedCatalog;
import org.bianmin.hub.identity.HubIdentity;
import org.bianmin.model.calendar.WorkingCalendar;
import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.ApplicantSnapshot;
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
import org.bianmin.model.catalog.ItemCode;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo case at the hub, made through the real rules: filed, accepted and forwarded at
 * the made-up township 河塘镇 (HT) with shared-model's {@link CaseDecider}, as the township
 * node would, then received at the hub, and stored through {@link CaseImportService}. Its
 * query code and the applicant's check are printed in the demo banner for the public
 * progress query. Only into an empty hub, after the demo catalog is published.
 */
@Component
@Profile("demo")
@Order(20)
class DemoCases implements ApplicationRunner {

	/** Made up, with a valid check digit; its last four characters end in X. */
	static final String APPLICANT_ID = "52252719870302113X";

	/**
	 * A fixed code, so that the banner can print it at every start of the same demo data;
	 * a sequence the township's own demo never reaches on that day, so that the two never
	 * collide once they sync.
	 */
	static final QueryCode DEMO_CODE = QueryCode.issue(NodeCode.of("HT"), java.time.LocalDate.of(2026, 3, 2), 901);

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private final CaseImportService imports;

	private final CatalogService catalogs;

	private final HubIdentity hub;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final RandomGenerator random = new SecureRandom();

	private @Nullable QueryCode demoCode;

	DemoCases(CaseImportService imports, CatalogService catalogs, HubIdentity hub, WorkingCalendar calendar,
			Clock clock) {
		this.imports = imports;
		this.catalogs = catalogs;
		this.hub = hub;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.imports.noCasesYet()) {
			this.demoCode = DEMO_CODE;
			return;
		}
		PublishedCatalog published = this.catalogs.current().orElseThrow();
		ServiceItem pension = published.catalog().item(ItemCode.of("S-002")).orElseThrow();
		Case received = this.imports.importCase(receivedAtHub(pension, published.version()));
		this.demoCode = received.queryCode();
		log.info("Demo case {} received at the hub", received.queryCode().display());
	}

	/** The demo case's query code, once made in this run. */
	@Nullable QueryCode demoCode() {
		return this.demoCode;
	}

	private List<CaseEvent> receivedAtHub(ServiceItem item, int catalogVersion) {
		NodeCode township = NodeCode.of("HT");
		NetworkPlace atTownship = NetworkPlace.township(township, this.hub.code());
		NetworkPlace atHub = this.hub.place();
		Actor clerk = Actor.of(new StaffRef("clerk.ht", "马秀兰"), org.bianmin.model.staff.Role.WINDOW_CLERK);
		Actor reviewer = Actor.of(new StaffRef("reviewer.rs", "李娜"), org.bianmin.model.staff.Role.REVIEWER);
		Instant now = this.clock.instant();
		Instant filedAt = now.minus(Duration.ofDays(2));
		ResidentId id = ResidentId.of(APPLICANT_ID);
		ApplicantSnapshot applicant = new ApplicantSnapshot(id, PersonName.of("杨德芬"), "13900000001", "柳湾村", Set.of());
		Map<String, MaterialState> materials = new LinkedHashMap<>();
		item.materials().forEach((material) -> materials.put(material.name(), MaterialState.RECEIVED));
		QueryCode code = DEMO_CODE;
		List<CaseEvent> events = new ArrayList<>();
		Case current = run(null, new CaseCommand.File(CaseId.newId(this.clock, this.random), code, item, catalogVersion,
				applicant, Channel.WINDOW, null, materials), clerk, atTownship, filedAt, events);
		current = run(current, new CaseCommand.Submit(), clerk, atTownship, filedAt.plusSeconds(60), events);
		current = run(current, new CaseCommand.Accept(List.of()), clerk, atTownship, filedAt.plusSeconds(600), events);
		current = run(current, new CaseCommand.Forward(), clerk, atTownship, filedAt.plusSeconds(3600), events);
		run(current, new CaseCommand.Receive(), reviewer, atHub, now.minus(Duration.ofDays(1)), events);
		return events;
	}

	private Case run(@Nullable Case current, CaseCommand command, Actor actor, NetworkPlace place, Instant at,
			List<CaseEvent> events) {
		CommandContext context = new CommandContext(actor, place, at, this.calendar, CasePolicy.DEFAULT,
				() -> EventId.of(UUID.randomUUID()));
		CommandResult result = CaseDecider.decide(current, command, context);
		if (result instanceof CommandResult.Done done) {
			events.addAll(done.events());
			return done.after();
		}
		throw new IllegalStateException("demo case refused at " + command + ": " + result);
	}

}
