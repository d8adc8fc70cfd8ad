package org.bianmin.hub.benchmark;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bianmin.hub.IntegrationTest;
import org.bianmin.hub.cases.CaseCommandService;
import org.bianmin.hub.cases.CaseFilter;
import org.bianmin.hub.cases.CaseImportService;
import org.bianmin.hub.cases.CaseListService;
import org.bianmin.hub.catalog.CatalogService;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.catalog.CatalogDocument;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.hub.jooq.Tables.CASES;
import static org.bianmin.hub.jooq.Tables.CASE_EVENT;
import static org.bianmin.hub.jooq.Tables.FEED_CASE_INTEREST;
import static org.bianmin.hub.jooq.Tables.FEED_ENTRY;

/**
 * The county data generator on a small county (2,000 cases over 60 days, so that many are
 * still open): its histories are valid folds, its bulk import writes exactly the rows the
 * repository writes case by case, and the county has what the screens need to show.
 */
@IntegrationTest
// a hub of its own: the test empties the cases tables, which no other test's data may be
// in
@TestPropertySource(properties = "bianmin.test.hub=county-generator")
class CountyGeneratorTest {

	private static final CountyGenerator.Settings SMALL = new CountyGenerator.Settings(2_000, 3_000, 330, 60, 7L, 500);

	@Autowired
	private ApplicationContext hub;

	@Autowired
	private CatalogService catalogs;

	@Autowired
	private CaseImportService importer;

	@Autowired
	private CaseCommandService commands;

	@Autowired
	private CaseListService lists;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private JsonMapper json;

	@BeforeEach
	void emptyHubWithTheDemoCatalog() throws Exception {
		if (this.catalogs.current().isEmpty()) {
			try (InputStream in = CatalogDocument.class.getResourceAsStream(CatalogDocument.DEMO_RESOURCE)) {
				this.catalogs.publish(this.json.readValue(in, CatalogDocument.class).toCatalogVersion(), "admin");
			}
		}
		deleteCases();
	}

	private void deleteCases() {
		this.dsl.deleteFrom(FEED_CASE_INTEREST).execute();
		this.dsl.deleteFrom(FEED_ENTRY).execute();
		this.dsl.deleteFrom(CASE_EVENT).execute();
		this.dsl.deleteFrom(CASES).execute();
	}

	@Test
	void bulk_import_writes_the_rows_the_repository_writes_case_by_case_and_they_replay() {
		List<List<CaseEvent>> histories = new ArrayList<>();
		CountyGenerator.on(this.hub).make(SMALL, (batch) -> histories.addAll(batch.histories()));
		assertThat(histories).hasSize(2_000);

		for (int from = 0; from < histories.size(); from += 500) {
			this.importer.importCases(histories.subList(from, from + 500));
		}
		Map<UUID, Map<String, Object>> bulk = projection();
		long bulkEvents = this.dsl.fetchCount(CASE_EVENT);

		// every stored history replays to the case its projection row describes
		for (List<CaseEvent> history : histories) {
			CaseId id = history.getFirst().caseId();
			Case replayed = this.commands.find(id);
			Map<String, Object> row = bulk.get(id.value());
			assertThat(row.get("version")).isEqualTo(replayed.version());
			assertThat(row.get("status")).isEqualTo(replayed.status().name());
			assertThat(replayed.version()).isEqualTo(history.size());
		}

		deleteCases();
		histories.forEach(this.importer::importCase);

		assertThat(this.dsl.fetchCount(CASE_EVENT)).isEqualTo(bulkEvents);
		assertThat(projection()).isEqualTo(bulk);
	}

	@Test
	void a_small_county_has_every_colour_open_cases_ratings_and_follow_ups() {
		CountyGenerator.Result result = CountyGenerator.on(this.hub).generate(SMALL, (line) -> {
		});

		assertThat(result.cases()).isEqualTo(2_000);
		assertThat(result.statuses()).containsKeys(CaseStatus.DELIVERED, CaseStatus.RECEIVED, CaseStatus.ACCEPTED,
				CaseStatus.REFUSED);
		SignedInUser supervisor = CountyQueries.supervisor();
		for (TimeLimitStatus colour : TimeLimitStatus.values()) {
			assertThat(this.lists.count(supervisor, filter(colour, null))).as(colour.name()).isPositive();
		}
		assertThat(this.lists.count(supervisor, filter(null, CaseFilter.FollowUpState.CLOSED))).isPositive();
		assertThat(this.lists.count(supervisor, filter(null, CaseFilter.FollowUpState.ALL))).isPositive();
		assertThat(this.lists.townships()).hasSize(18);
		assertThat(this.dsl.fetchCount(CASES, CASES.CHANNEL.eq("ON_BEHALF"))).isPositive();
		assertThat(this.dsl.fetchCount(CASES, CASES.RATING_LEVEL.eq("VERY_SATISFIED")))
			.isGreaterThan(10 * this.dsl.fetchCount(CASES, CASES.RATING_LEVEL.eq("VERY_DISSATISFIED")));
		assertThat(this.dsl.fetchCount(CASES, CASES.DEPARTMENT.isNull())).isZero();
	}

	private static CaseFilter filter(TimeLimitStatus colour, CaseFilter.FollowUpState followUp) {
		return new CaseFilter(null, null, null, null, null, null, Set.of(), colour, null, null, null, false, false,
				null, followUp);
	}

	/** Every projection column but the hub's receive time, per case. */
	private Map<UUID, Map<String, Object>> projection() {
		Map<UUID, Map<String, Object>> rows = new HashMap<>();
		for (Record row : this.dsl.selectFrom(CASES).fetch()) {
			Map<String, Object> columns = new HashMap<>(row.intoMap());
			columns.remove(CASES.HUB_RECEIVED_AT.getName());
			rows.put(row.get(CASES.ID), columns);
		}
		return rows;
	}

}
