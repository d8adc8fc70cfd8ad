package org.bianmin.node.casework.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.node.casework.AgentCaseRow;
import org.bianmin.node.casework.CaseQueueService;
import org.bianmin.node.casework.QueueFilter;
import org.bianmin.node.security.CurrentUser;
import org.bianmin.node.staff.StaffPrincipal;
import org.jspecify.annotations.Nullable;

/**
 * The agent's list (我的代办): the cases they filed, newest first, with status, colour and
 * what the resident must still bring.
 */
@Route(CaseworkNavigation.MY_CASES)
@RolesAllowed("PROXY_AGENT")
@StyleSheet("styles/casework.css")
class MyCasesView extends VerticalLayout implements HasDynamicTitle {

	private static final int PHONE_WIDTH = 600;

	private final List<Grid.Column<AgentCaseRow>> wideOnly = new ArrayList<>();

	private @Nullable Registration resizing;

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
		this.wideOnly
			.add(grid.addColumn((r) -> r.row().itemName()).setHeader(getTranslation("casework.queue.column.item")));
		this.wideOnly.add(grid.addColumn((r) -> r.row().applicantName())
			.setHeader(getTranslation("casework.queue.column.applicant"))
			.setAutoWidth(true));
		this.wideOnly.add(grid.addColumn((r) -> r.row().maskedResidentId())
			.setHeader(getTranslation("casework.queue.column.resident-id"))
			.setAutoWidth(true));
		grid.addColumn((r) -> CaseworkLabels.enumLabel(this, "case.status.", r.row().status()))
			.setHeader(getTranslation("casework.queue.column.status"))
			.setAutoWidth(true);
		grid.addColumn(
				new ComponentRenderer<>((r) -> CaseworkLabels.colourBadge(this, r.row().colour(), r.row().paused())))
			.setHeader(getTranslation("casework.queue.column.colour"))
			.setAutoWidth(true);
		this.wideOnly.add(grid.addColumn((r) -> String.join(getTranslation("list.separator"), r.stillOwed()))
			.setHeader(getTranslation("casework.my-cases.still-owed")));
		grid.setItems((query) -> queue.agentCases(agent, query.getOffset(), query.getLimit()).stream(),
				(query) -> queue.count(agent, QueueFilter.NONE));
		grid.setEmptyStateText(getTranslation("casework.my-cases.empty"));
		grid.setSizeFull();
		add(title, grid);
		setSizeFull();
	}

	/**
	 * Below {@value #PHONE_WIDTH} pixels only the columns that tell the rows apart stay:
	 * a phone shows them without scrolling the grid sideways; the rest is one tap away.
	 */
	@Override
	protected void onAttach(AttachEvent attach) {
		super.onAttach(attach);
		Page page = attach.getUI().getPage();
		page.retrieveExtendedClientDetails((details) -> fitColumns(details.getWindowInnerWidth()));
		this.resizing = page.addBrowserWindowResizeListener((resize) -> fitColumns(resize.getWidth()));
	}

	@Override
	protected void onDetach(DetachEvent detach) {
		if (this.resizing != null) {
			this.resizing.remove();
			this.resizing = null;
		}
		super.onDetach(detach);
	}

	private void fitColumns(int windowWidth) {
		// a width not (yet) known counts as wide: every column shows
		boolean wide = windowWidth <= 0 || windowWidth >= PHONE_WIDTH;
		this.wideOnly.forEach((column) -> column.setVisible(wide));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("casework.my-cases.title");
	}

}
