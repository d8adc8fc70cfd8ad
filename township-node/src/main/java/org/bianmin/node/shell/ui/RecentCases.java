package org.bianmin.node.shell.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import org.bianmin.node.casework.CaseSummary;
import org.bianmin.node.i18n.CaseLocationLabel;
import org.bianmin.node.i18n.CaseStatusLabel;
import org.jspecify.annotations.Nullable;

/**
 * The home page's 本点办件: the cases most recently changed at this node, and where each is
 * now. A short list, so a plain grid of all rows; the work queue will page lazily. ID
 * numbers show masked only: the full number is never sent to the browser for a list.
 */
class RecentCases extends VerticalLayout {

	/** How many cases the home page shows. */
	static final int SIZE = 10;

	private static final int PHONE_WIDTH = 600;

	private final List<Grid.Column<CaseSummary>> wideOnly = new ArrayList<>();

	private @Nullable Registration resizing;

	RecentCases(List<CaseSummary> cases) {
		setPadding(false);
		setId("home-cases-section");
		add(new H3(getTranslation("home.cases.title")));
		add(cases.isEmpty() ? createEmptyNote() : createGrid(cases));
	}

	private Paragraph createEmptyNote() {
		Paragraph empty = new Paragraph(getTranslation("home.cases.empty"));
		empty.setId("home-cases-empty");
		return empty;
	}

	private Grid<CaseSummary> createGrid(List<CaseSummary> cases) {
		Grid<CaseSummary> grid = new Grid<>();
		grid.setId("home-cases");
		column(grid, "query-code", (summary) -> summary.queryCode().display());
		this.wideOnly.add(column(grid, "item", CaseSummary::itemName));
		this.wideOnly.add(column(grid, "applicant", (summary) -> summary.applicantName().value()));
		this.wideOnly.add(column(grid, "resident-id", (summary) -> summary.residentId().masked()));
		column(grid, "status", (summary) -> getTranslation(CaseStatusLabel.key(summary.status())));
		this.wideOnly.add(column(grid, "location",
				(summary) -> getTranslation(CaseLocationLabel.key(summary.location()), summary.owner().value())));
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		grid.setItems(cases);
		return grid;
	}

	private Grid.Column<CaseSummary> column(Grid<CaseSummary> grid, String key,
			ValueProvider<CaseSummary, String> text) {
		return grid.addColumn(text).setKey(key).setHeader(getTranslation("home.cases." + key)).setAutoWidth(true);
	}

	/**
	 * Below {@value #PHONE_WIDTH} pixels only the query code and the status stay: a phone
	 * shows them without scrolling the grid sideways.
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

}
