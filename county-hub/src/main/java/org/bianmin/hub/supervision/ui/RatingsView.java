package org.bianmin.hub.supervision.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.hub.cases.CaseFiguresService;
import org.bianmin.hub.cases.CaseFilter;
import org.bianmin.hub.cases.CaseListService;
import org.bianmin.hub.cases.CaseSort;
import org.bianmin.hub.cases.RatingCounts;
import org.bianmin.hub.cases.RatingDimension;
import org.bianmin.hub.lists.CaseGrid;
import org.bianmin.hub.lists.CaseLabels;
import org.bianmin.hub.lists.ExportTable;
import org.bianmin.hub.lists.ListExport;
import org.bianmin.hub.security.CurrentUser;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.cases.RatingLevel;

/**
 * 好差评: the ratings of a period on the five levels, broken down by township, window,
 * clerk, item or month; and every bad rating's follow-up (整改) with its deadline, an
 * overdue one in red. A follow-up is closed on its case page, where the supervisor
 * records the response.
 */
@Route("supervision/ratings")
@RolesAllowed("SUPERVISOR")
@StyleSheet("styles/county.css")
class RatingsView extends VerticalLayout implements HasDynamicTitle {

	private static final List<String> COLOURS = List.of("#2e9e4f", "#7cc47f", "#b7c9a8", "#e08a3c", "#c8322b");

	private final CaseFiguresService figures;

	private final SignedInUser user;

	private final ComboBox<RatingDimension> dimension = new ComboBox<>();

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final ComboBox<CaseFilter.FollowUpState> followUpState = new ComboBox<>();

	private final Div distribution = new Div();

	private final CaseGrid followUps;

	RatingsView(CaseFiguresService figures, CaseListService cases, CurrentUser currentUser) {
		this.figures = figures;
		this.user = currentUser.require();
		addClassName("bianmin-county");
		H2 title = new H2(getTranslation("ratings.title"));
		title.setId("ratings-title");
		LocalDate today = figures.today();
		this.dimension.setLabel(getTranslation("ratings.dimension"));
		this.dimension.setId("ratings-dimension");
		this.dimension.setItems(RatingDimension.values());
		this.dimension.setItemLabelGenerator((d) -> CaseLabels.label(this, "ratings.dimension.", d));
		this.dimension.setValue(RatingDimension.TOWNSHIP);
		this.from.setLabel(getTranslation("ratings.from"));
		this.from.setId("ratings-from");
		this.from.setValue(today.withDayOfYear(1));
		this.to.setLabel(getTranslation("ratings.to"));
		this.to.setId("ratings-to");
		this.to.setValue(today);
		this.dimension.addValueChangeListener((change) -> showDistribution());
		this.from.addValueChangeListener((change) -> showDistribution());
		this.to.addValueChangeListener((change) -> showDistribution());
		this.distribution.setId("ratings-distribution");
		this.followUpState.setLabel(getTranslation("search.filter.follow-up"));
		this.followUpState.setId("follow-up-state");
		this.followUpState.setItems(CaseFilter.FollowUpState.values());
		this.followUpState.setItemLabelGenerator((f) -> CaseLabels.label(this, "search.follow-up.", f));
		this.followUpState.setValue(CaseFilter.FollowUpState.ALL);
		this.followUps = new CaseGrid(cases, this.user,
				() -> CaseFilter.NONE.withFollowUp((this.followUpState.getValue() != null)
						? this.followUpState.getValue() : CaseFilter.FollowUpState.ALL),
				true)
			.sortedBy(CaseSort.FOLLOW_UP_DUE, false);
		this.followUps.setId("follow-up-grid");
		this.followUpState.addValueChangeListener((change) -> this.followUps.refresh());
		add(title, new HorizontalLayout(this.dimension, this.from, this.to), this.distribution,
				new H3(getTranslation("ratings.follow-ups")), this.followUpState,
				ListExport.links("follow-up-export", getTranslation("lists.export.csv"),
						getTranslation("lists.export.xlsx"), () -> this.followUps.export("follow-ups")),
				this.followUps);
		showDistribution();
	}

	private void showDistribution() {
		this.distribution.removeAll();
		RatingDimension chosen = this.dimension.getValue();
		LocalDate start = this.from.getValue();
		LocalDate end = this.to.getValue();
		if (chosen == null || start == null || end == null || end.isBefore(start)) {
			return;
		}
		List<RatingCounts> rows = this.figures.ratings(this.user, chosen, start, end);
		List<String> headers = new ArrayList<>(List.of(CaseLabels.label(this, "ratings.dimension.", chosen)));
		Arrays.stream(RatingLevel.values())
			.forEach((level) -> headers.add(CaseLabels.label(this, "case.rating.", level)));
		headers.add(getTranslation("ratings.total"));
		headers.add(getTranslation("ratings.satisfaction"));
		FigureTable table = new FigureTable("ratings-table", headers);
		List<StackedBars.Bar> bars = new ArrayList<>();
		for (RatingCounts row : rows) {
			String name = (row.key() != null) ? row.key() : getTranslation("supervision.unassigned");
			List<com.vaadin.flow.component.Component> cells = new ArrayList<>();
			cells.add(FigureTable.text(name));
			for (RatingLevel level : RatingLevel.values()) {
				cells.add(FigureTable.text(String.valueOf(row.count(level))));
			}
			cells.add(FigureTable.text(String.valueOf(row.total())));
			cells.add(FigureTable.text(String.format(Locale.ROOT, "%.1f%%", row.satisfaction() * 100)));
			table.row(cells);
			bars.add(new StackedBars.Bar(name, Arrays.stream(RatingLevel.values()).map(row::count).toList()));
		}
		this.distribution.add(table, StackedBars.of(getTranslation("ratings.title"), COLOURS, bars),
				ListExport.links("ratings-export", getTranslation("lists.export.csv"),
						getTranslation("lists.export.xlsx"), () -> export(headers, rows)));
	}

	private ExportTable export(List<String> headers, List<RatingCounts> rows) {
		return new ExportTable("ratings", headers, (sink) -> rows.forEach((row) -> {
			List<Object> values = new ArrayList<>();
			values.add(row.key());
			for (RatingLevel level : RatingLevel.values()) {
				values.add(row.count(level));
			}
			values.add(row.total());
			values.add(String.format(Locale.ROOT, "%.1f%%", row.satisfaction() * 100));
			sink.accept(ListExport.row(values.toArray()));
		}));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("ratings.title");
	}

}
