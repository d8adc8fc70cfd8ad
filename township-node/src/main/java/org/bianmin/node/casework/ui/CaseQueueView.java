package org.bianmin.node.casework.ui;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.node.casework.CaseQueueService;
import org.bianmin.node.casework.ItemChoice;
import org.bianmin.node.casework.QueueFilter;
import org.bianmin.node.casework.QueueRow;
import org.bianmin.node.casework.QueueSort;
import org.bianmin.node.security.CurrentUser;
import org.bianmin.node.staff.StaffPrincipal;

/**
 * 一窗综合受理: every case this node holds in one queue, paged lazily from the database,
 * filtered and sorted there. The query code is a link, so a clerk reaches a case by Tab
 * and Enter as well as by mouse.
 */
@Route(CaseworkNavigation.QUEUE)
@RolesAllowed("WINDOW_CLERK")
@StyleSheet("styles/casework.css")
class CaseQueueView extends VerticalLayout implements HasDynamicTitle {

	private final CaseQueueService queue;

	private final StaffPrincipal user;

	private final ComboBox<CaseStatus> status = new ComboBox<>();

	private final ComboBox<ItemChoice> item = new ComboBox<>();

	private final ComboBox<String> village = new ComboBox<>();

	private final ComboBox<TimeLimitStatus> colour = new ComboBox<>();

	private final IntegerField minAge = new IntegerField();

	private final Checkbox onlyWarned = new Checkbox();

	private final Grid<QueueRow> grid = new Grid<>(QueueRow.class, false);

	private final ConfigurableFilterDataProvider<QueueRow, Void, QueueFilter> rows;

	CaseQueueView(CaseQueueService queue, CurrentUser currentUser) {
		this.queue = queue;
		this.user = currentUser.require();
		this.rows = new CallbackDataProvider<QueueRow, QueueFilter>(this::fetch, this::count).withConfigurableFilter();
		addClassName("bianmin-casework");
		H2 title = new H2(getTranslation("casework.queue.title"));
		title.setId("queue-title");
		add(title, createFilters(), createGrid());
		setSizeFull();
		applyFilter();
	}

	private FormLayout createFilters() {
		this.status.setLabel(getTranslation("casework.queue.filter.status"));
		this.status.setId("filter-status");
		this.status.setItems(CaseStatus.values());
		this.status.setItemLabelGenerator((s) -> CaseworkLabels.enumLabel(this, "case.status.", s));
		this.item.setLabel(getTranslation("casework.queue.filter.item"));
		this.item.setId("filter-item");
		this.item.setItems(this.queue.items());
		this.item.setItemLabelGenerator(ItemChoice::name);
		this.village.setLabel(getTranslation("casework.queue.filter.village"));
		this.village.setId("filter-village");
		this.village.setItems(this.queue.villages());
		this.colour.setLabel(getTranslation("casework.queue.filter.colour"));
		this.colour.setId("filter-colour");
		this.colour.setItems(TimeLimitStatus.values());
		this.colour.setItemLabelGenerator((c) -> CaseworkLabels.enumLabel(this, "casework.colour.", c));
		this.minAge.setLabel(getTranslation("casework.queue.filter.min-age"));
		this.minAge.setId("filter-min-age");
		this.minAge.setMin(0);
		this.minAge.setStepButtonsVisible(true);
		this.onlyWarned.setLabel(getTranslation("casework.queue.filter.only-warned"));
		this.onlyWarned.setId("filter-only-warned");
		Stream.of(this.status, this.item, this.village, this.colour)
			.forEach((box) -> box.addValueChangeListener((change) -> applyFilter()));
		this.minAge.addValueChangeListener((change) -> applyFilter());
		this.onlyWarned.addValueChangeListener((change) -> applyFilter());
		FormLayout filters = new FormLayout(this.status, this.item, this.village, this.colour, this.minAge,
				this.onlyWarned);
		// one column on a phone, three at 1366x768, six on a wide screen
		filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3),
				new FormLayout.ResponsiveStep("80em", 6));
		filters.setWidthFull();
		return filters;
	}

	private Grid<QueueRow> createGrid() {
		this.grid.setId("queue-grid");
		this.grid.addColumn(new ComponentRenderer<>(this::caseLink))
			.setHeader(getTranslation("casework.queue.column.query-code"))
			.setKey(QueueSort.QUERY_CODE.name())
			.setSortable(true)
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(QueueRow::itemName)
			.setHeader(getTranslation("casework.queue.column.item"))
			.setKey(QueueSort.ITEM.name())
			.setSortable(true)
			.setWidth("12em")
			.setTooltipGenerator(QueueRow::itemName);
		this.grid.addColumn(QueueRow::applicantName)
			.setHeader(getTranslation("casework.queue.column.applicant"))
			.setKey(QueueSort.APPLICANT.name())
			.setSortable(true)
			.setAutoWidth(true);
		this.grid.addColumn(QueueRow::maskedResidentId)
			.setHeader(getTranslation("casework.queue.column.resident-id"))
			.setAutoWidth(true);
		this.grid.addColumn(QueueRow::village)
			.setHeader(getTranslation("casework.queue.column.village"))
			.setKey(QueueSort.VILLAGE.name())
			.setSortable(true)
			.setAutoWidth(true);
		this.grid.addColumn((row) -> CaseworkLabels.enumLabel(this, "case.status.", row.status()))
			.setHeader(getTranslation("casework.queue.column.status"))
			.setKey(QueueSort.STATUS.name())
			.setSortable(true)
			.setAutoWidth(true);
		this.grid
			.addColumn(new ComponentRenderer<>((row) -> CaseworkLabels.colourBadge(this, row.colour(), row.paused())))
			.setHeader(getTranslation("casework.queue.column.colour"))
			.setAutoWidth(true);
		this.grid.addColumn((row) -> (row.promisedDue() != null) ? row.promisedDue().toString() : "")
			.setHeader(getTranslation("casework.queue.column.promised-due"))
			.setKey(QueueSort.PROMISED_DUE.name())
			.setSortable(true)
			.setAutoWidth(true);
		this.grid.addColumn(QueueRow::ageDays)
			.setHeader(getTranslation("casework.queue.column.age"))
			.setKey(QueueSort.FILED_AT.name())
			.setSortable(true)
			.setTextAlign(ColumnTextAlign.END)
			.setAutoWidth(true);
		this.grid.setItems(this.rows);
		this.grid.setEmptyStateText(getTranslation("casework.queue.empty"));
		this.grid.setSizeFull();
		this.grid.setMinHeight("20em");
		return this.grid;
	}

	private RouterLink caseLink(QueueRow row) {
		RouterLink link = new RouterLink(row.queryCode(), CasePageView.class,
				new RouteParameters(CaseworkNavigation.CASE_PARAMETER, row.id().value().toString()));
		link.addClassName("bianmin-case-link");
		return link;
	}

	private void applyFilter() {
		this.rows.setFilter(new QueueFilter(this.status.getValue(),
				(this.item.getValue() != null) ? this.item.getValue().code() : null, this.village.getValue(),
				this.colour.getValue(), this.onlyWarned.getValue(),
				(this.minAge.getValue() != null && this.minAge.getValue() >= 0) ? this.minAge.getValue() : null));
	}

	private Stream<QueueRow> fetch(Query<QueueRow, QueueFilter> query) {
		QueueSort sort = QueueSort.FILED_AT;
		boolean descending = true;
		List<com.vaadin.flow.data.provider.QuerySortOrder> orders = query.getSortOrders();
		if (!orders.isEmpty()) {
			sort = QueueSort.valueOf(orders.getFirst().getSorted());
			descending = orders.getFirst().getDirection() == SortDirection.DESCENDING;
		}
		return this.queue
			.page(this.user, query.getFilter().orElse(QueueFilter.NONE), sort, descending, query.getOffset(),
					query.getLimit())
			.stream();
	}

	private int count(Query<QueueRow, QueueFilter> query) {
		return this.queue.count(this.user, query.getFilter().orElse(QueueFilter.NONE));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("casework.queue.title");
	}

}
