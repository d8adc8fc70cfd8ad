package org.bianmin.node.shell.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import org.bianmin.node.responsive.PhoneColumns;
import org.bianmin.node.casework.CaseSummary;
import org.bianmin.node.i18n.CaseLocationLabel;
import org.bianmin.node.i18n.CaseStatusLabel;

/**
 * The home page's 本点办件: the cases most recently changed at this node, and where each is
 * now. A short list, so a plain grid of all rows; the work queue will page lazily. ID
 * numbers show masked only: the full number is never sent to the browser for a list.
 */
class RecentCases extends VerticalLayout {

	/** How many cases the home page shows. */
	static final int SIZE = 10;

	private final PhoneColumns phoneColumns = new PhoneColumns(this);

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
		this.phoneColumns.wideOnly(column(grid, "item", CaseSummary::itemName));
		this.phoneColumns.wideOnly(column(grid, "applicant", (summary) -> summary.applicantName().value()));
		this.phoneColumns.wideOnly(column(grid, "resident-id", (summary) -> summary.residentId().masked()));
		column(grid, "status", (summary) -> getTranslation(CaseStatusLabel.key(summary.status())));
		this.phoneColumns.wideOnly(column(grid, "location",
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

}
