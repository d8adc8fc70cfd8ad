package org.bianmin.hub.supervision.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
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
import org.bianmin.hub.cases.Grouping;
import org.bianmin.hub.cases.HandlingTime;
import org.bianmin.hub.cases.OpenCases;
import org.bianmin.hub.lists.ListExport;
import org.bianmin.hub.lists.ExportTable;
import org.bianmin.hub.search.SearchNavigation;
import org.bianmin.hub.security.CurrentUser;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.jspecify.annotations.Nullable;

/**
 * 红黄绿效能监管: the county dashboard. Per township and per department, the open cases by
 * colour, overdue ones in red, those waiting on the applicant, and the handling time of
 * the cases decided in a period against their promised limits. Every number links to the
 * list of the cases it counts (the search, pre-filtered), and from there to each case.
 */
@Route("supervision")
@RolesAllowed("SUPERVISOR")
@StyleSheet("styles/county.css")
class SupervisionView extends VerticalLayout implements HasDynamicTitle {

	private static final List<String> COLOURS = List.of("#2e9e4f", "#e0b000", "#c8322b", "#9aa3ad");

	private final CaseFiguresService figures;

	private final SignedInUser user;

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final Div handling = new Div();

	SupervisionView(CaseFiguresService figures, CurrentUser currentUser) {
		this.figures = figures;
		this.user = currentUser.require();
		addClassName("bianmin-county");
		H2 title = new H2(getTranslation("supervision.title"));
		title.setId("supervision-title");
		// linked by path: sync health is the sync feature's screen
		com.vaadin.flow.component.html.Anchor syncHealth = new com.vaadin.flow.component.html.Anchor("sync-health",
				getTranslation("supervision.sync-health"));
		syncHealth.setId("sync-health-link");
		add(title, syncHealth);
		for (Grouping grouping : Grouping.values()) {
			add(createOpenCases(grouping));
		}
		LocalDate today = figures.today();
		this.from.setValue(today.minusDays(30));
		this.to.setValue(today);
		this.from.setLabel(getTranslation("supervision.handling.from"));
		this.from.setId("handling-from");
		this.to.setLabel(getTranslation("supervision.handling.to"));
		this.to.setId("handling-to");
		this.from.addValueChangeListener((change) -> showHandling());
		this.to.addValueChangeListener((change) -> showHandling());
		this.handling.setId("handling");
		add(new H3(getTranslation("supervision.handling.title")), new HorizontalLayout(this.from, this.to),
				this.handling);
		showHandling();
	}

	private Component createOpenCases(Grouping grouping) {
		List<OpenCases> rows = this.figures.openCases(this.user, grouping);
		String id = "open-" + grouping.name().toLowerCase(Locale.ROOT);
		FigureTable table = new FigureTable(id,
				List.of(getTranslation("supervision.column." + grouping.name()),
						getTranslation("calendar.status.GREEN"), getTranslation("calendar.status.YELLOW"),
						getTranslation("supervision.column.overdue"), getTranslation("supervision.column.waiting"),
						getTranslation("supervision.column.total")));
		List<StackedBars.Bar> bars = new ArrayList<>();
		for (OpenCases row : rows) {
			String name = name(row.key());
			table.row(List.of(FigureTable.text(name),
					FigureTable.link(row.green(), drill(grouping, row.key(), TimeLimitStatus.GREEN, false), false),
					FigureTable.link(row.yellow(), drill(grouping, row.key(), TimeLimitStatus.YELLOW, false), false),
					FigureTable.link(row.red(), drill(grouping, row.key(), TimeLimitStatus.RED, false), true),
					FigureTable.link(row.waitingOnApplicant(), drill(grouping, row.key(), null, true), false),
					FigureTable.text(String.valueOf(row.total()))));
			bars.add(
					new StackedBars.Bar(name, List.of(row.green(), row.yellow(), row.red(), row.waitingOnApplicant())));
		}
		Div section = new Div(new H3(getTranslation("supervision.open." + grouping.name())), table,
				StackedBars.of(getTranslation("supervision.open." + grouping.name()), COLOURS, bars),
				ListExport.links(id + "-export", getTranslation("lists.export.csv"),
						getTranslation("lists.export.xlsx"), () -> export(grouping, id, rows)));
		section.setId(id + "-section");
		return section;
	}

	private ExportTable export(Grouping grouping, String name, List<OpenCases> rows) {
		return new ExportTable(name,
				List.of(getTranslation("supervision.column." + grouping.name()),
						getTranslation("calendar.status.GREEN"), getTranslation("calendar.status.YELLOW"),
						getTranslation("supervision.column.overdue"), getTranslation("supervision.column.waiting"),
						getTranslation("supervision.column.total")),
				(sink) -> rows.forEach((row) -> sink.accept(ListExport.row(name(row.key()), row.green(), row.yellow(),
						row.red(), row.waitingOnApplicant(), row.total()))));
	}

	private void showHandling() {
		this.handling.removeAll();
		LocalDate start = this.from.getValue();
		LocalDate end = this.to.getValue();
		if (start == null || end == null || end.isBefore(start)) {
			return;
		}
		for (Grouping grouping : Grouping.values()) {
			FigureTable table = new FigureTable("handling-" + grouping.name().toLowerCase(Locale.ROOT),
					List.of(getTranslation("supervision.column." + grouping.name()),
							getTranslation("supervision.column.decided"),
							getTranslation("supervision.column.average-days"),
							getTranslation("supervision.column.average-promised"),
							getTranslation("supervision.column.over-limit")));
			for (HandlingTime row : this.figures.handlingTime(this.user, grouping, start, end)) {
				table.row(List.of(FigureTable.text(name(row.key())), FigureTable.text(String.valueOf(row.decided())),
						FigureTable.text(String.format(Locale.ROOT, "%.1f", row.averageDays())),
						FigureTable.text(String.format(Locale.ROOT, "%.1f", row.averagePromisedDays())),
						FigureTable.text(String.valueOf(row.overLimit()))));
			}
			this.handling.add(table);
		}
	}

	private String drill(Grouping grouping, @Nullable String key, @Nullable TimeLimitStatus colour, boolean waiting) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put((grouping == Grouping.TOWNSHIP) ? SearchNavigation.TOWNSHIP : SearchNavigation.DEPARTMENT, key);
		if (colour != null) {
			parameters.put(SearchNavigation.RUNNING, "1");
			parameters.put(SearchNavigation.COLOUR, colour.name());
		}
		if (waiting) {
			parameters.put(SearchNavigation.WAITING, "1");
		}
		return SearchNavigation.url(parameters);
	}

	private String name(@Nullable String key) {
		return (key != null) ? key : getTranslation("supervision.unassigned");
	}

	@Override
	public String getPageTitle() {
		return getTranslation("supervision.title");
	}

}
