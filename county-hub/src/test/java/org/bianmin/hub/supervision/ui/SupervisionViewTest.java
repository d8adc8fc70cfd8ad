package org.bianmin.hub.supervision.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import org.bianmin.hub.HubBrowserlessTest;
import org.bianmin.hub.cases.RatingDimension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard and the ratings with the demo county's cases. */
class SupervisionViewTest extends HubBrowserlessTest {

	@BeforeEach
	void chinese() {
		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	@WithUserDetails("supervisor")
	void the_dashboard_counts_open_cases_by_colour_per_township_and_department_and_links_to_the_list() {
		navigate(SupervisionView.class);

		String townships = textOf("open-township");
		assertThat(townships).contains("乡镇", "正常", "预警", "超期", "等待申请人", "HT", "BS");
		String departments = textOf("open-department");
		assertThat(departments).contains("县民政局", "县人力资源和社会保障局");
		// 冯长林's pension case at BS is overdue: a red number linking to the list
		assertThat(find(Anchor.class).all()).filteredOn((a) -> a.hasClassName("bianmin-overdue"))
			.extracting(Anchor::getHref)
			.anySatisfy((href) -> assertThat(href).contains("township=BS", "colour=RED", "running=1"));
		assertThat(find(Svg.class).all()).hasSizeGreaterThanOrEqualTo(2);
		assertThat(textOf("handling-township")).contains("办结件数", "平均用时");
	}

	@Test
	@WithUserDetails("supervisor")
	void ratings_are_counted_on_five_levels_and_bad_ones_list_their_follow_ups() {
		navigate(RatingsView.class);

		String table = textOf("ratings-table");
		assertThat(table).contains("非常满意", "满意", "基本满意", "不满意", "非常不满意", "满意率", "HT", "BS");

		@SuppressWarnings("unchecked")
		ComboBox<RatingDimension> dimension = find(ComboBox.class).id("ratings-dimension");
		dimension.setValue(RatingDimension.CLERK);
		assertThat(textOf("ratings-table")).contains("受理人", "马秀兰", "吴海涛");
		dimension.setValue(RatingDimension.MONTH);
		assertThat(textOf("ratings-table")).containsPattern("\\d{4}-\\d{2}");
	}

	@Test
	@WithUserDetails("reviewer")
	void a_reviewer_has_no_dashboard_and_no_ratings() {
		assertThat(opens(SupervisionView.class)).isFalse();
		assertThat(opens(RatingsView.class)).isFalse();
	}

	@Test
	@WithUserDetails("admin")
	void an_admin_has_no_dashboard() {
		assertThat(opens(SupervisionView.class)).isFalse();
	}

	private String textOf(String id) {
		Component table = find(FigureTable.class).id(id);
		return table.getElement().getTextRecursively();
	}

}
