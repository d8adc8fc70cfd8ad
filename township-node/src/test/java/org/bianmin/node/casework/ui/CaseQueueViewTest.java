package org.bianmin.node.casework.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.bianmin.model.cases.Case;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.QueueRow;
import org.bianmin.node.casework.WindowDesk;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.RELIEF;

@TownshipNodeTest
@WithUserDetails("clerk")
class CaseQueueViewTest extends SpringBrowserlessTest {

	@Autowired
	private CaseCommandService service;

	@Test
	void lists_the_nodes_cases_with_masked_ids_and_filters_by_village() {
		String village = WindowDesk.village();
		Case waiting = new WindowDesk(this.service, CLERK).submitted(RELIEF, "周大勇", village);

		navigate(CaseQueueView.class);
		assertThat(find(H2.class).id("queue-title").getText()).isEqualTo("一窗综合受理");
		@SuppressWarnings("unchecked")
		ComboBox<String> villages = find(ComboBox.class).id("filter-village");
		test(villages).selectItem(village);

		@SuppressWarnings("unchecked")
		Grid<QueueRow> grid = find(Grid.class).id("queue-grid");
		assertThat(test(grid).size()).isEqualTo(1);
		QueueRow row = test(grid).getRow(0);
		assertThat(row.id()).isEqualTo(waiting.id());
		assertThat(test(grid).getCellText(0, 3)).isEqualTo(waiting.filing().applicant().residentId().masked());
		assertThat(test(grid).getCellText(0, 5)).isEqualTo("待受理");
	}

	@Test
	void only_yellow_and_red_hides_cases_on_track() {
		String village = WindowDesk.village();
		new WindowDesk(this.service, CLERK).accepted(RELIEF, "周大勇", village);
		navigate(CaseQueueView.class);
		@SuppressWarnings("unchecked")
		ComboBox<String> villages = find(ComboBox.class).id("filter-village");
		test(villages).selectItem(village);
		@SuppressWarnings("unchecked")
		Grid<QueueRow> grid = find(Grid.class).id("queue-grid");
		assertThat(test(grid).size()).isEqualTo(1);

		test(find(Checkbox.class).id("filter-only-warned")).click();

		assertThat(test(grid).size()).isZero();
	}

	@Test
	void the_clerks_navigation_offers_the_queue_and_the_ab_post() {
		navigate(CaseQueueView.class);

		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
			.contains("一窗综合受理", "AB岗")
			.doesNotContain("我的代办");
	}

}
