package org.bianmin.node.shell.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinSession;
import org.bianmin.model.cases.QueryCode;
import org.bianmin.node.DemoTownshipTest;
import org.bianmin.node.casework.CaseListService;
import org.bianmin.node.casework.CaseSummary;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.node.jooq.Tables.CASES;

/**
 * The home page's 本点办件 at the demo township QS. The demo seeds six cases at startup;
 * other test classes file more into the same database later. The demo cases checked here
 * are among the last seeded, so they stay among the ten most recent until more than seven
 * cases are filed after the demo in one test run.
 */
@DemoTownshipTest
@WithUserDetails("clerk")
class HomeViewTest extends SpringBrowserlessTest {

	/** 李𠈌明, with the rare character U+2020C outside the BMP. */
	private static final String LI_MING = "李\uD840\uDE0C明";

	private static final Pattern FULL_ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9X](?![0-9])");

	@Autowired
	private CaseListService cases;

	@Autowired
	private DSLContext dsl;

	@Test
	void shows_a_demo_case_with_its_query_code_item_masked_id_and_status_in_chinese() {
		String queryCode = queryCodeOf(LI_MING, "S-013").display();

		navigate(HomeView.class);

		assertThat(rowWith(queryCode)).containsExactly(queryCode, "农机购置与应用补贴申请", LI_MING, "621121********3558", "待补正",
				"本点");
	}

	@Test
	void shows_a_forwarded_case_at_the_county_hub() {
		String queryCode = queryCodeOf(LI_MING, "S-002").display();

		navigate(HomeView.class);

		assertThat(rowWith(queryCode)).containsExactly(queryCode, "城乡居民基本养老保险待遇领取", LI_MING, "621121********3558",
				"已转报县级", "县政务服务中心");
	}

	@Test
	void lists_the_ten_cases_most_recently_changed_here_newest_first() {
		navigate(HomeView.class);

		List<CaseSummary> expected = this.cases.recentlyChanged(10);
		assertThat(cells()).extracting((row) -> row.getFirst())
			.containsExactlyElementsOf(expected.stream().map((summary) -> summary.queryCode().display()).toList());
		assertThat(expected).hasSizeLessThanOrEqualTo(10);
	}

	@Test
	void never_shows_a_full_id_number() {
		List<String> storedIds = this.dsl.selectDistinct(CASES.RESIDENT_ID).from(CASES).fetch(CASES.RESIDENT_ID);

		navigate(HomeView.class);

		String shown = String.join("\n", cells().stream().map((row) -> String.join(" ", row)).toList()) + "\n"
				+ find(VerticalLayout.class).id("home-cases-section").getElement().getTextRecursively();
		assertThat(storedIds).isNotEmpty().allSatisfy((id) -> assertThat(shown).doesNotContain(id));
		assertThat(FULL_ID_NUMBER.matcher(shown).find()).as("an 18-character ID number in: %s", shown).isFalse();
	}

	@Test
	void heads_the_columns_in_chinese() {
		navigate(HomeView.class);

		GridTester<?, ?> grid = test(grid());
		List<String> headers = new ArrayList<>();
		for (int column = 0; column < 6; column++) {
			headers.add(grid.getHeaderCell(column));
		}
		assertThat(headers).containsExactly("查询码", "办理事项", "申请人", "身份证号码", "办理状态", "当前所在");
	}

	@Test
	void shows_statuses_and_places_in_english_after_the_switch() {
		String queryCode = queryCodeOf(LI_MING, "S-013").display();
		VaadinSession.getCurrent().setLocale(Locale.ENGLISH);

		navigate(HomeView.class);

		assertThat(rowWith(queryCode)).endsWith("Needs correction", "Here");
	}

	@Test
	void says_so_kindly_when_there_are_no_cases() {
		RecentCases empty = new RecentCases(List.of());

		assertThat(empty.getChildren().filter(Paragraph.class::isInstance).map(Paragraph.class::cast)).singleElement()
			.satisfies((note) -> assertThat(note.getText()).startsWith("本点还没有办件"));
		assertThat(empty.getChildren().filter(Grid.class::isInstance)).isEmpty();
	}

	private QueryCode queryCodeOf(String applicant, String itemCode) {
		return QueryCode.of(this.dsl.select(CASES.QUERY_CODE)
			.from(CASES)
			.where(CASES.APPLICANT_NAME.eq(applicant).and(CASES.ITEM_CODE.eq(itemCode)))
			.fetchSingle(CASES.QUERY_CODE));
	}

	private List<String> rowWith(String queryCode) {
		return cells().stream()
			.filter((row) -> row.getFirst().equals(queryCode))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + queryCode + " among the ten most recent: "
					+ "did other tests file ten cases after the demo?"));
	}

	@SuppressWarnings("unchecked")
	private Grid<CaseSummary> grid() {
		return (Grid<CaseSummary>) find(Grid.class).id("home-cases");
	}

	private List<List<String>> cells() {
		GridTester<Grid<CaseSummary>, CaseSummary> grid = test(grid());
		List<List<String>> rows = new ArrayList<>();
		for (int row = 0; row < grid.size(); row++) {
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < 6; column++) {
				cells.add(grid.getCellText(row, column));
			}
			rows.add(cells);
		}
		return rows;
	}

}
