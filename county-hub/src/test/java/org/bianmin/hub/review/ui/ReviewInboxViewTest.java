package org.bianmin.hub.review.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import org.bianmin.hub.HubBrowserlessTest;
import org.bianmin.hub.cases.CaseRow;
import org.bianmin.hub.lists.CaseGrid;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.CaseStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The department inbox with the demo county's forwarded cases. */
class ReviewInboxViewTest extends HubBrowserlessTest {

	@BeforeEach
	void chinese() {
		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	@WithUserDetails("reviewer")
	void a_reviewer_sees_the_county_items_of_their_department_only_most_urgent_first() {
		navigate(ReviewInboxView.class);

		assertThat(find(Paragraph.class).id("inbox-department").getText()).contains("县民政局");
		List<CaseRow> rows = rows();
		assertThat(rows).isNotEmpty().allSatisfy((row) -> {
			assertThat(row.department()).isEqualTo("县民政局");
			assertThat(row.status()).isIn(CaseStatus.FORWARDED, CaseStatus.RECEIVED, CaseStatus.IN_REVIEW,
					CaseStatus.DECIDED);
			assertThat(row.maskedResidentId()).contains("*");
		});
		assertThat(rows).extracting(CaseRow::applicantName).contains("卫秀珍", "吴守田").doesNotContain("孙桂芳", "冯长林");
		// by promised date: the red one before the yellow one
		assertThat(rows).extracting(CaseRow::applicantName).containsSubsequence("吴守田", "卫秀珍");
		assertThat(find(Paragraph.class).id("inbox-count").getText()).matches("共 \\d+ 件");
	}

	@Test
	@WithUserDetails("reviewer.rs")
	void the_colour_filter_narrows_the_inbox_in_the_database() {
		navigate(ReviewInboxView.class);
		@SuppressWarnings("unchecked")
		ComboBox<TimeLimitStatus> colour = find(ComboBox.class).id("inbox-colour");

		colour.setValue(TimeLimitStatus.RED);

		assertThat(rows()).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.colour()).isEqualTo(TimeLimitStatus.RED))
			.extracting(CaseRow::applicantName)
			.contains("冯长林");
	}

	@Test
	@WithUserDetails("supervisor")
	void a_supervisor_has_no_inbox() {
		assertThat(opens(ReviewInboxView.class)).isFalse();
	}

	private List<CaseRow> rows() {
		CaseGrid grid = (CaseGrid) find(CaseGrid.class).id("inbox-grid");
		return java.util.stream.IntStream.range(0, test(grid).size()).mapToObj((i) -> test(grid).getRow(i)).toList();
	}

}
