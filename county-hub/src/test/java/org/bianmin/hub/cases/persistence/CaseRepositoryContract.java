package org.bianmin.hub.cases.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.bianmin.hub.cases.CaseFilter;
import org.bianmin.hub.cases.CaseRow;
import org.bianmin.hub.cases.CaseScope;
import org.bianmin.hub.cases.CaseSort;
import org.bianmin.hub.cases.Grouping;
import org.bianmin.hub.cases.OpenCases;
import org.bianmin.hub.cases.RatingDimension;
import org.bianmin.hub.catalog.CatalogService;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.catalog.CatalogVersion;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseDecider;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.DecisionOutcome;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.cases.NetworkPlace;
import org.bianmin.model.cases.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.bianmin.model.cases.CaseFixtures.AT_HUB;
import static org.bianmin.model.cases.CaseFixtures.AT_TOWNSHIP;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.PENSION;
import static org.bianmin.model.cases.CaseFixtures.REVIEWER;

/**
 * What every database under the {@link CaseRepository} must do: events in, the same case
 * out, the projection in step, nothing written twice. Run on H2 and on PostgreSQL. Each
 * test runs in a transaction that is rolled back.
 */
@Transactional
abstract class CaseRepositoryContract {

	@Autowired
	private CaseRepository repository;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private CaseListQuery lists;

	@Autowired
	private CatalogService catalogs;

	@Autowired
	private CaseFiguresQuery figures;

	private final CaseFixtures.Desk desk = new CaseFixtures.Desk();

	abstract String expectedDatabase();

	@Test
	void runs_on_the_database_it_is_named_for() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabase());
		}
	}

	@Test
	void stores_events_and_gives_back_the_same_case_and_timeline() {
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);

		this.repository.append(forwarded, events);

		assertThat(this.repository.events(forwarded.id())).isEqualTo(events);
		assertThat(this.repository.find(forwarded.id())).contains(forwarded);
		Map<String, Object> row = projection(forwarded);
		assertThat(row).containsEntry("status", "FORWARDED")
			.containsEntry("owner_node", "YL")
			.containsEntry("filed_node", "QS")
			.containsEntry("item_code", "S-002")
			.containsEntry("query_code", forwarded.queryCode().value())
			.containsEntry("applicant_name", "王𠈌兰")
			.containsEntry("resident_id", "621121194411030784")
			.containsEntry("channel", "WINDOW");
		assertThat(((Number) row.get("version")).intValue()).isEqualTo(events.size());
		assertThat(row.get("accepted_at")).isNotNull();
	}

	@Test
	void appending_later_events_moves_the_projection_on() {
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);
		this.repository.append(forwarded, events);

		CommandResult.Done received = done(forwarded, new CaseCommand.Receive(), REVIEWER, AT_HUB);
		this.repository.append(received.after(), received.events());
		CommandResult.Done decided = done(received.after(), new CaseCommand.Decide(DecisionOutcome.APPROVED, List.of()),
				REVIEWER, AT_HUB);
		this.repository.append(decided.after(), decided.events());

		assertThat(this.repository.find(forwarded.id())).contains(decided.after());
		assertThat(projection(forwarded)).containsEntry("status", "DECIDED");
		assertThat(this.repository.events(forwarded.id())).hasSize(events.size() + 3);
	}

	@Test
	void refuses_events_written_on_top_of_a_stale_version() {
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);
		this.repository.append(forwarded, events);
		CommandResult.Done received = done(forwarded, new CaseCommand.Receive(), REVIEWER, AT_HUB);
		this.repository.append(received.after(), received.events());

		// a second writer that still sees the forwarded case decides on it
		CommandResult.Done stale = done(forwarded, new CaseCommand.Receive(), CLERK, AT_HUB);

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.repository.append(stale.after(), stale.events()));
	}

	@Test
	void an_event_id_is_stored_once() {
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);
		this.repository.append(forwarded, events);

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.repository.append(forwarded, List.of(events.getLast())));
	}

	@Test
	void the_projection_refuses_an_update_from_a_version_it_does_not_hold() {
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);
		List<CaseEvent> first = events.subList(0, 2);
		this.repository.append(Case.replay(first), first);
		// events 4.. on top of version 2: the store must not skip the missing third
		List<CaseEvent> rest = events.subList(3, events.size());

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.repository.append(forwarded, rest));
	}

	@Test
	void stamps_each_event_with_the_hub_clock() {
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);
		this.repository.append(forwarded, events);

		List<Object> received = new JdbcTemplate(this.dataSource)
			.queryForList("select received_at from case_event where case_id = ?", Object.class, forwarded.id().value());
		assertThat(received).hasSize(events.size()).doesNotContainNull();
	}

	@Test
	@Transactional(propagation = Propagation.NEVER)
	void writes_only_inside_a_transaction() {
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);

		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.repository.append(forwarded, events));
	}

	@Test
	void the_projection_keeps_what_the_county_lists_need() {
		String department = publishFixtureCatalog();
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);

		this.repository.append(forwarded, events);

		Map<String, Object> row = projection(forwarded);
		assertThat(row).containsEntry("department", department)
			.containsEntry("township_node", "QS")
			.containsEntry("accepted_by", "clerk")
			.containsEntry("accepted_by_name", "周晓燕")
			.containsEntry("accepted_node", "QS")
			.containsEntry("clock_paused", false);
		// accepted on Monday 2 March 2026, 5 promised working days
		assertThat(row.get("promised_due")).hasToString("2026-03-09");
		assertThat(((Number) row.get("promised_limit_days")).intValue()).isEqualTo(5);
		assertThat(row.get("legal_due")).isNotNull();
		assertThat(row.get("hub_received_at")).isNotNull();
		assertThat(row.get("decided_at")).isNull();
	}

	@Test
	void a_village_case_belongs_to_the_township_it_was_handed_to() {
		CommandResult.Done filed = done(null,
				CaseFixtures.fileByProxy(PENSION, CaseFixtures.all(PENSION, MaterialState.RECEIVED)),
				CaseFixtures.AGENT, CaseFixtures.AT_VILLAGE);
		this.repository.append(filed.after(), filed.events());
		assertThat(projection(filed.after()).get("township_node")).isNull();

		CommandResult.Done submitted = done(filed.after(), new CaseCommand.Submit(), CaseFixtures.AGENT,
				CaseFixtures.AT_VILLAGE);
		this.repository.append(submitted.after(), submitted.events());

		assertThat(projection(filed.after())).containsEntry("township_node", "QS").containsEntry("filed_node", "QSLW");
	}

	@Test
	void a_decision_rating_and_follow_up_reach_the_projection() {
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);
		this.repository.append(forwarded, events);
		Case current = forwarded;
		for (CaseCommand command : List.<CaseCommand>of(new CaseCommand.Receive(),
				new CaseCommand.Decide(DecisionOutcome.APPROVED, List.of()), new CaseCommand.ReleaseResult())) {
			CommandResult.Done next = done(current, command, REVIEWER, AT_HUB);
			this.repository.append(next.after(), next.events());
			current = next.after();
		}
		for (CaseCommand command : List.<CaseCommand>of(
				new CaseCommand.Deliver(org.bianmin.model.cases.DeliveryMethod.AT_WINDOW),
				new CaseCommand.Rate(org.bianmin.model.cases.RatingLevel.DISSATISFIED, "等了很久"))) {
			CommandResult.Done next = done(current, command, CLERK, AT_TOWNSHIP);
			this.repository.append(next.after(), next.events());
			current = next.after();
		}

		Map<String, Object> row = projection(forwarded);
		assertThat(row).containsEntry("decision_outcome", "APPROVED")
			.containsEntry("rating_level", "DISSATISFIED")
			.containsEntry("owner_node", "YL");
		assertThat(row.get("decided_at")).isNotNull();
		assertThat(row.get("delivered_at")).isNotNull();
		assertThat(row.get("follow_up_due")).isNotNull();
		assertThat(row.get("follow_up_closed_at")).isNull();
		// decided on the day of acceptance: no working day used
		assertThat(((Number) row.get("handling_days")).intValue()).isZero();
		assertThat(this.figures.ratings(RatingDimension.MONTH, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
			.anySatisfy((counts) -> {
				assertThat(counts.key()).isEqualTo("2026-03");
				assertThat(counts.count(org.bianmin.model.cases.RatingLevel.DISSATISFIED)).isPositive();
			});
	}

	@Test
	void colours_are_told_in_sql_from_the_kept_dates() {
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);
		this.repository.append(forwarded, events);
		CaseFilter byCode = byCode(forwarded);

		assertThat(colourOn(byCode, LocalDate.of(2026, 3, 3))).isEqualTo(TimeLimitStatus.GREEN);
		assertThat(colourOn(byCode, LocalDate.of(2026, 3, 9))).isEqualTo(TimeLimitStatus.YELLOW);
		assertThat(colourOn(byCode, LocalDate.of(2026, 3, 10))).isEqualTo(TimeLimitStatus.RED);
		assertThat(this.lists.count(CaseScope.EVERYTHING, colour(byCode, TimeLimitStatus.RED),
				LocalDate.of(2026, 3, 10), 100))
			.isOne();
		assertThat(this.lists.count(CaseScope.EVERYTHING, colour(byCode, TimeLimitStatus.RED), LocalDate.of(2026, 3, 3),
				100))
			.isZero();
	}

	@Test
	void lists_find_a_case_by_resident_id_in_any_form_and_by_the_start_of_a_name_and_keep_the_id_masked() {
		String department = publishFixtureCatalog();
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);
		this.repository.append(forwarded, events);
		LocalDate today = LocalDate.of(2026, 3, 3);

		List<CaseRow> byId = this.lists.page(CaseScope.EVERYTHING,
				withResident(byCode(forwarded), " 62112119441103078４ "), CaseSort.FILED_AT, true, 0, 10, today);
		List<CaseRow> byName = this.lists.page(CaseScope.EVERYTHING, withResident(byCode(forwarded), "王𠈌"),
				CaseSort.FILED_AT, true, 0, 10, today);
		List<CaseRow> otherName = this.lists.page(CaseScope.EVERYTHING, withResident(byCode(forwarded), "李"),
				CaseSort.FILED_AT, true, 0, 10, today);

		assertThat(byId).singleElement().satisfies((row) -> {
			assertThat(row.maskedResidentId()).doesNotContain("19441103").endsWith("0784");
			assertThat(row.department()).isEqualTo(department);
			assertThat(row.township()).isEqualTo("QS");
		});
		assertThat(byName).hasSize(1);
		assertThat(otherName).isEmpty();
	}

	@Test
	void a_department_scope_hides_other_departments_cases() {
		String department = publishFixtureCatalog();
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);
		this.repository.append(forwarded, events);
		LocalDate today = LocalDate.of(2026, 3, 3);

		assertThat(this.lists.page(new CaseScope(false, department), byCode(forwarded), CaseSort.FILED_AT, true, 0, 10,
				today))
			.hasSize(1);
		assertThat(this.lists.page(new CaseScope(false, "县林业和草原局"), byCode(forwarded), CaseSort.FILED_AT, true, 0, 10,
				today))
			.isEmpty();
		assertThat(this.lists.page(CaseScope.NOTHING, byCode(forwarded), CaseSort.FILED_AT, true, 0, 10, today))
			.isEmpty();
	}

	@Test
	void figures_count_open_cases_by_colour_and_ratings_by_month_per_group() {
		LocalDate redDay = LocalDate.of(2026, 3, 10);
		int redBefore = openAt("QS", redDay).red();
		List<CaseEvent> events = new ArrayList<>();
		Case forwarded = forwardedCase(events);
		this.repository.append(forwarded, events);

		assertThat(openAt("QS", redDay).red()).isEqualTo(redBefore + 1);
		assertThat(this.figures.ratings(RatingDimension.MONTH, LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31)))
			.isEmpty();
		assertThat(this.figures.handlingTime(Grouping.TOWNSHIP, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
			.isNotNull();
	}

	private OpenCases openAt(String township, LocalDate today) {
		return this.figures.openCases(Grouping.TOWNSHIP, today)
			.stream()
			.filter((row) -> township.equals(row.key()))
			.findFirst()
			.orElse(new OpenCases(township, 0, 0, 0, 0));
	}

	private TimeLimitStatus colourOn(CaseFilter filter, LocalDate today) {
		return this.lists.page(CaseScope.EVERYTHING, filter, CaseSort.FILED_AT, true, 0, 10, today).getFirst().colour();
	}

	private static CaseFilter byCode(Case of) {
		return new CaseFilter(of.queryCode().value(), null, null, null, null, null, Set.of(), null, null, null, null,
				false, false, null, null);
	}

	private static CaseFilter colour(CaseFilter filter, TimeLimitStatus colour) {
		return new CaseFilter(filter.queryCode(), null, null, null, null, null, Set.of(), colour, null, null, null,
				false, false, null, null);
	}

	private static CaseFilter withResident(CaseFilter filter, String resident) {
		return new CaseFilter(filter.queryCode(), resident, null, null, null, null, Set.of(), null, null, null, null,
				false, false, null, null);
	}

	/**
	 * The items of CaseFixtures as the hub's catalog, where no catalog is published yet
	 * (rolled back with the test).
	 * @return the department the hub's catalog gives the pension item
	 */
	private String publishFixtureCatalog() {
		if (this.catalogs.current().isEmpty()) {
			this.catalogs.publish(new CatalogVersion(1, List.of(PENSION, CaseFixtures.RELIEF), null), "admin");
		}
		// another test of this application may have published the demo catalog: the
		// department is then that catalog's
		return this.catalogs.item(PENSION.code(), 1).orElseThrow().department();
	}

	private Case forwardedCase(List<CaseEvent> events) {
		Case current = null;
		List<CaseCommand> commands = List.of(
				CaseFixtures.fileAtWindow(PENSION, CaseFixtures.all(PENSION, MaterialState.RECEIVED)),
				new CaseCommand.Submit(), new CaseCommand.Accept(List.of()), new CaseCommand.Forward());
		for (CaseCommand command : commands) {
			CommandResult.Done done = done(current, command, CLERK, AT_TOWNSHIP);
			events.addAll(done.events());
			current = done.after();
		}
		return current;
	}

	private CommandResult.Done done(Case current, CaseCommand command, Actor actor, NetworkPlace place) {
		CommandResult result = CaseDecider.decide(current, command, this.desk.context(actor, place));
		assertThat(result).isInstanceOf(CommandResult.Done.class);
		return (CommandResult.Done) result;
	}

	private Map<String, Object> projection(Case of) {
		return new JdbcTemplate(this.dataSource).queryForMap("select * from cases where id = ?", of.id().value());
	}

}
