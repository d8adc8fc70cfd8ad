package org.bianmin.hub.search.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.hub.cases.CaseFilter;
import org.bianmin.hub.cases.CaseListService;
import org.bianmin.hub.cases.CaseScope;
import org.bianmin.hub.catalog.CatalogService;
import org.bianmin.hub.lists.CaseGrid;
import org.bianmin.hub.lists.CaseLabels;
import org.bianmin.hub.lists.ListExport;
import org.bianmin.hub.search.SearchNavigation;
import org.bianmin.hub.security.CurrentUser;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.RatingLevel;
import org.jspecify.annotations.Nullable;

/**
 * 办件查询: every case the user may see (a reviewer their department's), narrowed by any of
 * the filters, paged lazily from the database, exportable. The supervisor's dashboard
 * links here with the filters set in the URL.
 */
@Route(SearchNavigation.SEARCH)
@RolesAllowed({ "REVIEWER", "SUPERVISOR", "ADMIN" })
@StyleSheet("styles/county.css")
class CaseSearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final TextField queryCode = new TextField();

	private final TextField resident = new TextField();

	private final ComboBox<ServiceItem> item = new ComboBox<>();

	private final ComboBox<String> department = new ComboBox<>();

	private final ComboBox<String> township = new ComboBox<>();

	private final TextField village = new TextField();

	private final ComboBox<CaseStatus> status = new ComboBox<>();

	private final ComboBox<TimeLimitStatus> colour = new ComboBox<>();

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final ComboBox<RatingLevel> rating = new ComboBox<>();

	private final ComboBox<CaseFilter.FollowUpState> followUp = new ComboBox<>();

	private final Checkbox running = new Checkbox();

	private final Checkbox waiting = new Checkbox();

	private final Paragraph count = new Paragraph();

	private final CaseGrid grid;

	CaseSearchView(CaseListService cases, CatalogService catalog, CurrentUser currentUser) {
		SignedInUser user = currentUser.require();
		addClassName("bianmin-county");
		this.grid = new CaseGrid(cases, user, this::filter, true);
		this.grid.setId("search-grid");
		H2 title = new H2(getTranslation("search.title"));
		title.setId("search-title");
		List<ServiceItem> items = catalog.current().map((c) -> c.catalog().items()).orElse(List.of());
		this.count.setId("search-count");
		add(title, createFilters(items, cases.townships(), CaseScope.of(user)), this.count,
				ListExport.links("search-export", getTranslation("lists.export.csv"),
						getTranslation("lists.export.xlsx"), () -> this.grid.export("cases")),
				this.grid);
		setSizeFull();
	}

	private FormLayout createFilters(List<ServiceItem> items, List<String> townships, CaseScope scope) {
		setUp(this.queryCode, "search-query-code", "search.filter.query-code");
		setUp(this.resident, "search-resident", "search.filter.resident");
		this.resident.setHelperText(getTranslation("search.filter.resident-help"));
		setUp(this.village, "search-village", "search.filter.village");
		setUp(this.item, "search-item", "search.filter.item", items);
		this.item.setItemLabelGenerator((i) -> i.code().value() + " " + i.name());
		setUp(this.department, "search-department", "search.filter.department",
				items.stream().map(ServiceItem::department).distinct().sorted().toList());
		// a reviewer sees their own department only: no choice to offer
		this.department.setVisible(scope.everything());
		setUp(this.township, "search-township", "search.filter.township", townships);
		setUp(this.status, "search-status", "lists.filter.status", List.of(CaseStatus.values()));
		this.status.setItemLabelGenerator((s) -> CaseLabels.label(this, "case.status.", s));
		setUp(this.colour, "search-colour", "lists.filter.colour", List.of(TimeLimitStatus.values()));
		this.colour.setItemLabelGenerator((c) -> CaseLabels.colour(this, c, false));
		setUp(this.rating, "search-rating", "search.filter.rating", List.of(RatingLevel.values()));
		this.rating.setItemLabelGenerator((r) -> CaseLabels.label(this, "case.rating.", r));
		setUp(this.followUp, "search-follow-up", "search.filter.follow-up", List.of(CaseFilter.FollowUpState.values()));
		this.followUp.setItemLabelGenerator((f) -> CaseLabels.label(this, "search.follow-up.", f));
		this.from.setLabel(getTranslation("search.filter.from"));
		this.from.setId("search-from");
		this.to.setLabel(getTranslation("search.filter.to"));
		this.to.setId("search-to");
		this.running.setLabel(getTranslation("search.filter.running"));
		this.running.setId("search-running");
		this.waiting.setLabel(getTranslation("search.filter.waiting"));
		this.waiting.setId("search-waiting");
		Button search = new Button(getTranslation("search.submit"), (click) -> refresh());
		search.setId("search-submit");
		search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
		Stream.of(this.item, this.department, this.township, this.status, this.colour, this.rating, this.followUp)
			.forEach((box) -> box.addValueChangeListener((change) -> refresh()));
		Stream.of(this.from, this.to).forEach((date) -> date.addValueChangeListener((change) -> refresh()));
		Stream.of(this.running, this.waiting).forEach((box) -> box.addValueChangeListener((change) -> refresh()));
		FormLayout filters = new FormLayout(this.queryCode, this.resident, this.item, this.department, this.township,
				this.village, this.status, this.colour, this.from, this.to, this.rating, this.followUp, this.running,
				this.waiting, search);
		filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3),
				new FormLayout.ResponsiveStep("80em", 5));
		filters.setWidthFull();
		return filters;
	}

	private void setUp(TextField field, String id, String label) {
		field.setId(id);
		field.setLabel(getTranslation(label));
		field.setClearButtonVisible(true);
	}

	private <T> void setUp(ComboBox<T> box, String id, String label, List<T> items) {
		box.setId(id);
		box.setLabel(getTranslation(label));
		box.setItems(items);
		box.setClearButtonVisible(true);
	}

	/** The dashboard's drill-down: filters from the URL, by codes and enum names. */
	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		QueryParameters parameters = event.getLocation().getQueryParameters();
		parameter(parameters, SearchNavigation.TOWNSHIP).ifPresent(this.township::setValue);
		parameter(parameters, SearchNavigation.DEPARTMENT).ifPresent(this.department::setValue);
		parameter(parameters, SearchNavigation.ITEM)
			.flatMap((code) -> this.item.getListDataView()
				.getItems()
				.filter((i) -> i.code().value().equals(code))
				.findFirst())
			.ifPresent(this.item::setValue);
		parameter(parameters, SearchNavigation.STATUS).map((s) -> valueOf(CaseStatus.class, s))
			.ifPresent(this.status::setValue);
		parameter(parameters, SearchNavigation.COLOUR).map((c) -> valueOf(TimeLimitStatus.class, c))
			.ifPresent(this.colour::setValue);
		parameter(parameters, SearchNavigation.RATING).map((r) -> valueOf(RatingLevel.class, r))
			.ifPresent(this.rating::setValue);
		parameter(parameters, SearchNavigation.FOLLOW_UP).map((f) -> valueOf(CaseFilter.FollowUpState.class, f))
			.ifPresent(this.followUp::setValue);
		parameter(parameters, SearchNavigation.FROM).map(LocalDate::parse).ifPresent(this.from::setValue);
		parameter(parameters, SearchNavigation.TO).map(LocalDate::parse).ifPresent(this.to::setValue);
		this.running.setValue(parameter(parameters, SearchNavigation.RUNNING).isPresent());
		this.waiting.setValue(parameter(parameters, SearchNavigation.WAITING).isPresent());
		refresh();
	}

	private static Optional<String> parameter(QueryParameters parameters, String name) {
		return parameters.getSingleParameter(name).filter((value) -> !value.isBlank());
	}

	private static <E extends Enum<E>> @Nullable E valueOf(Class<E> type, String name) {
		try {
			return Enum.valueOf(type, name);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private CaseFilter filter() {
		CaseStatus chosen = this.status.getValue();
		ServiceItem chosenItem = this.item.getValue();
		return new CaseFilter(this.queryCode.getValue(), this.resident.getValue(),
				(chosenItem != null) ? chosenItem.code().value() : null, this.department.getValue(),
				this.township.getValue(), this.village.getValue(), (chosen != null) ? Set.of(chosen) : Set.of(),
				this.colour.getValue(), this.from.getValue(), this.to.getValue(), null, this.running.getValue(),
				this.waiting.getValue(), this.rating.getValue(), this.followUp.getValue());
	}

	private void refresh() {
		this.grid.refresh();
		int matching = this.grid.matching();
		this.count.setText(
				(matching > CaseListService.COUNT_CAP) ? getTranslation("lists.count.over", CaseListService.COUNT_CAP)
						: getTranslation("lists.count", matching));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("search.title");
	}

}
