package org.bianmin.node.casework.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.node.responsive.PhoneColumns;
import org.bianmin.node.casework.AgentCaseRow;
import org.bianmin.node.casework.CaseQueueService;
import org.bianmin.node.casework.QueueFilter;
import org.bianmin.node.security.CurrentUser;
import org.bianmin.node.staff.StaffPrincipal;

/**
 * The agent's list (我的代办): the cases they filed, newest first, with status, colour and
 * what the resident must still bring.
 */
@Route(CaseworkNavigation.MY_CASES)
@RolesAllowed("PROXY_AGENT")
@StyleSheet("styles/casework.css")
class MyCasesView extends VerticalLayout implements HasDynamicTitle {

	private final PhoneColumns phoneColumns = new PhoneColumns(this);

	MyCasesView(CaseQueueService queue, CurrentUser currentUser) {
		StaffPrincipal agent = currentUser.require();
		addClassName("bianmin-casework");
		H2 title = new H2(getTranslation("casework.my-cases.title"));
		title.setId("my-cases-title");
		Grid<AgentCaseRow> grid = new Grid<>(AgentCaseRow.class, false);
		grid.setId("my-cases-grid");
		grid.addColumn(new ComponentRenderer<>((r) -> new RouterLink(r.row().queryCode(), CasePageView.class,
				new RouteParameters(CaseworkNavigation.CASE_PARAMETER, r.row().id().value().toString()))))
			.setHeader(getTranslation("casework.queue.column.query-code"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.phoneColumns.wideOnly(
				grid.addColumn((r) -> r.row().itemName()).setHeader(getTranslation("casework.queue.column.item")));
		this.phoneColumns.wideOnly(grid.addColumn((r) -> r.row().applicantName())
			.setHeader(getTranslation("casework.queue.column.applicant"))
			.setAutoWidth(true));
		this.phoneColumns.wideOnly(grid.addColumn((r) -> r.row().maskedResidentId())
			.setHeader(getTranslation("casework.queue.column.resident-id"))
			.setAutoWidth(true));
		grid.addColumn((r) -> CaseworkLabels.enumLabel(this, "case.status.", r.row().status()))
			.setHeader(getTranslation("casework.queue.column.status"))
			.setAutoWidth(true);
		grid.addColumn(
				new ComponentRenderer<>((r) -> CaseworkLabels.colourBadge(this, r.row().colour(), r.row().paused())))
			.setHeader(getTranslation("casework.queue.column.colour"))
			.setAutoWidth(true);
		this.phoneColumns.wideOnly(grid.addColumn((r) -> String.join(getTranslation("list.separator"), r.stillOwed()))
			.setHeader(getTranslation("casework.my-cases.still-owed")));
		grid.setItems((query) -> queue.agentCases(agent, query.getOffset(), query.getLimit()).stream(),
				(query) -> queue.count(agent, QueueFilter.NONE));
		grid.setEmptyStateText(getTranslation("casework.my-cases.empty"));
		grid.setSizeFull();
		add(title, grid);
		setSizeFull();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("casework.my-cases.title");
	}

}
