package org.bianmin.hub.search.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.bianmin.hub.HubBrowserlessTest;
import org.bianmin.hub.cases.CaseRow;
import org.bianmin.hub.lists.CaseGrid;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** 办件查询 with the demo county's cases. */
class CaseSearchViewTest extends HubBrowserlessTest {

	@BeforeEach
	void chinese() {
		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	@WithUserDetails("supervisor")
	void finds_a_resident_by_id_number_typed_with_spaces_and_a_small_x_free_form_and_by_name() {
		navigate(CaseSearchView.class);

		search("resident", "6211 2119 4509 2330 10");
		assertThat(rows()).isNotEmpty().allSatisfy((row) -> {
			assertThat(row.applicantName()).isEqualTo("吴守田");
			assertThat(row.maskedResidentId()).doesNotContain("19450923");
		});

		search("resident", "褚");
		assertThat(rows()).extracting(CaseRow::applicantName).containsOnly("褚雪莲");

		search("resident", "621121000000000000");
		assertThat(rows()).isEmpty();
		assertThat(find(Paragraph.class).id("search-count").getText()).isEqualTo("共 0 件");
	}

	@Test
	@WithUserDetails("supervisor")
	void narrows_by_township_and_colour() {
		navigate(CaseSearchView.class);
		@SuppressWarnings("unchecked")
		ComboBox<String> township = find(ComboBox.class).id("search-township");
		@SuppressWarnings("unchecked")
		ComboBox<TimeLimitStatus> colour = find(ComboBox.class).id("search-colour");

		township.setValue("BS");
		assertThat(rows()).isNotEmpty().allSatisfy((row) -> assertThat(row.township()).isEqualTo("BS"));

		colour.setValue(TimeLimitStatus.RED);
		assertThat(rows()).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.colour()).isEqualTo(TimeLimitStatus.RED))
			.extracting(CaseRow::applicantName)
			.contains("吴守田");
	}

	@Test
	@WithUserDetails("supervisor")
	void the_dashboard_drills_down_by_url_parameters() {
		UI.getCurrent()
			.navigate("search", com.vaadin.flow.router.QueryParameters
				.simple(java.util.Map.of("township", "BS", "running", "1", "colour", "RED")));
		assertThat(getCurrentView()).isInstanceOf(CaseSearchView.class);

		assertThat(rows()).isNotEmpty().allSatisfy((row) -> {
			assertThat(row.township()).isEqualTo("BS");
			assertThat(row.colour()).isEqualTo(TimeLimitStatus.RED);
		});
	}

	@Test
	@WithUserDetails("reviewer.rs")
	void a_reviewer_finds_only_cases_of_their_department() {
		navigate(CaseSearchView.class);

		assertThat(rows()).isNotEmpty().allSatisfy((row) -> assertThat(row.department()).isEqualTo("县人力资源和社会保障局"));
		search("resident", "褚雪莲");
		assertThat(rows()).isEmpty();
	}

	private void search(String field, String value) {
		find(TextField.class).id("search-" + field).setValue(value);
		test(find(Button.class).id("search-submit")).click();
	}

	private List<CaseRow> rows() {
		CaseGrid grid = (CaseGrid) find(CaseGrid.class).id("search-grid");
		return IntStream.range(0, test(grid).size()).mapToObj((i) -> test(grid).getRow(i)).toList();
	}

}
