package org.bianmin.hub.sync.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.bianmin.hub.HubBrowserlessTest;
import org.bianmin.hub.sync.SyncIncident;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** 同步异常 opens for a supervisor and says how many refused events wait. */
class IncidentsViewTest extends HubBrowserlessTest {

	@Test
	@WithUserDetails("supervisor")
	@SuppressWarnings("unchecked")
	void lists_the_refused_events_for_a_supervisor() {
		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

		navigate(IncidentsView.class);

		assertThat(find(Paragraph.class).id("incident-summary").getText()).matches("共\\d+条被拒收的事件，等待人工处理。");
		Grid<SyncIncident> grid = find(Grid.class).id("incidents");
		assertThat(grid.getColumns()).hasSize(7);
	}

}
