package org.bianmin.hub.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.bianmin.hub.cases.CaseFilter;
import org.bianmin.hub.cases.CaseListService;
import org.bianmin.hub.cases.CaseRow;
import org.bianmin.hub.cases.CaseSort;
import org.bianmin.hub.security.SignedInUser;

/**
 * A county list of cases: pages come lazily from {@link CaseListService} (filtered,
 * sorted and scoped to the user in the database), the query code links to the case page,
 * the ID number is masked, the colour is a badge with its word. The same columns go into
 * the list's CSV and Excel exports.
 */
public class CaseGrid extends Grid<CaseRow> {

	/** The case page's route (the review feature's), linked by path. */
	public static final String CASE_PAGE = "review/";

	private final CaseListService cases;

	private final SignedInUser user;

	private final Supplier<CaseFilter> filter;

	private final boolean withRatings;

	private CaseSort defaultSort = CaseSort.FILED_AT;

	private boolean defaultDescending = true;

	/**
	 * @param filter the filter as the screen's fields say now
	 * @param withRatings whether to show rating and follow-up columns
	 */
	public CaseGrid(CaseListService cases, SignedInUser user, Supplier<CaseFilter> filter, boolean withRatings) {
		super(CaseRow.class, false);
		this.cases = cases;
		this.user = user;
		this.filter = filter;
		this.withRatings = withRatings;
		createColumns();
		setItems(new CallbackDataProvider<CaseRow, Void>(this::fetch, this::count));
		setEmptyStateText(getTranslation("lists.empty"));
		setMinHeight("20em");
	}

	/** The order when the user has not clicked a header. */
	public CaseGrid sortedBy(CaseSort sort, boolean descending) {
		this.defaultSort = sort;
		this.defaultDescending = descending;
		return this;
	}

	/** Reads the filter again. */
	public void refresh() {
		getDataProvider().refreshAll();
	}

	/** The number of cases the filter lets through, capped. */
	public int matching() {
		return this.cases.count(this.user, this.filter.get());
	}

	/** The list as an export: the same columns, every matching case, streamed. */
	public ExportTable export(String name) {
		CaseFilter now = this.filter.get();
		List<String> headers = new ArrayList<>(
				List.of(getTranslation("lists.column.query-code"), getTranslation("lists.column.item"),
						getTranslation("lists.column.department"), getTranslation("lists.column.township"),
						getTranslation("lists.column.village"), getTranslation("lists.column.applicant"),
						getTranslation("lists.column.resident-id"), getTranslation("lists.column.status"),
						getTranslation("lists.column.colour"), getTranslation("lists.column.promised-due"),
						getTranslation("lists.column.filed-at"), getTranslation("lists.column.accepted-by")));
		if (this.withRatings) {
			headers.addAll(List.of(getTranslation("lists.column.rating"), getTranslation("lists.column.follow-up-due"),
					getTranslation("lists.column.follow-up-closed")));
		}
		return new ExportTable(name, headers, (sink) -> this.cases.forEach(this.user, now, this.defaultSort,
				this.defaultDescending, (row) -> sink.accept(exportRow(row))));
	}

	private List<String> exportRow(CaseRow row) {
		List<String> values = new ArrayList<>(ListExport.row(row.queryCode(), row.itemName(), row.department(),
				row.township(), row.village(), row.applicantName(), row.maskedResidentId(),
				CaseLabels.label(this, "case.status.", row.status()),
				CaseLabels.colour(this, row.colour(), row.paused()), row.promisedDue(), CaseLabels.time(row.filedAt()),
				row.acceptedBy()));
		if (this.withRatings) {
			values.addAll(ListExport.row(CaseLabels.label(this, "case.rating.", row.rating()), row.followUpDue(),
					CaseLabels.time(row.followUpClosedAt())));
		}
		return values;
	}

	private void createColumns() {
		addColumn(new ComponentRenderer<>(this::caseLink)).setHeader(getTranslation("lists.column.query-code"))
			.setKey(CaseSort.QUERY_CODE.name())
			.setSortable(true)
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn(CaseRow::itemName).setHeader(getTranslation("lists.column.item"))
			.setKey(CaseSort.ITEM.name())
			.setSortable(true)
			.setWidth("12em")
			.setTooltipGenerator(CaseRow::itemName);
		addColumn((row) -> (row.township() != null) ? row.township() : "")
			.setHeader(getTranslation("lists.column.township"))
			.setKey(CaseSort.TOWNSHIP.name())
			.setSortable(true)
			.setAutoWidth(true);
		addColumn(CaseRow::village).setHeader(getTranslation("lists.column.village")).setAutoWidth(true);
		addColumn(CaseRow::applicantName).setHeader(getTranslation("lists.column.applicant"))
			.setKey(CaseSort.APPLICANT.name())
			.setSortable(true)
			.setAutoWidth(true);
		addColumn(CaseRow::maskedResidentId).setHeader(getTranslation("lists.column.resident-id")).setAutoWidth(true);
		addColumn((row) -> CaseLabels.label(this, "case.status.", row.status()))
			.setHeader(getTranslation("lists.column.status"))
			.setKey(CaseSort.STATUS.name())
			.setSortable(true)
			.setAutoWidth(true);
		addColumn(new ComponentRenderer<>((row) -> CaseLabels.colourBadge(this, row.colour(), row.paused())))
			.setHeader(getTranslation("lists.column.colour"))
			.setAutoWidth(true);
		addColumn((row) -> (row.promisedDue() != null) ? row.promisedDue().toString() : "")
			.setHeader(getTranslation("lists.column.promised-due"))
			.setKey(CaseSort.PROMISED_DUE.name())
			.setSortable(true)
			.setAutoWidth(true);
		addColumn((row) -> CaseLabels.day(row.filedAt())).setHeader(getTranslation("lists.column.filed-at"))
			.setKey(CaseSort.FILED_AT.name())
			.setSortable(true)
			.setAutoWidth(true);
		if (this.withRatings) {
			addColumn((row) -> CaseLabels.label(this, "case.rating.", row.rating()))
				.setHeader(getTranslation("lists.column.rating"))
				.setAutoWidth(true);
			addColumn((row) -> (row.acceptedBy() != null) ? row.acceptedBy() : "")
				.setHeader(getTranslation("lists.column.accepted-by"))
				.setAutoWidth(true);
			addColumn(new ComponentRenderer<>(this::followUp)).setHeader(getTranslation("lists.column.follow-up-due"))
				.setKey(CaseSort.FOLLOW_UP_DUE.name())
				.setSortable(true)
				.setAutoWidth(true);
		}
	}

	private Anchor caseLink(CaseRow row) {
		Anchor link = new Anchor(CASE_PAGE + row.id().value(), row.queryCode());
		// navigate inside the app, without reloading the page
		link.getElement().setAttribute("router-link", true);
		link.addClassName("bianmin-case-link");
		return link;
	}

	private Span followUp(CaseRow row) {
		Span due = new Span();
		if (row.followUpDue() == null) {
			return due;
		}
		if (row.followUpClosedAt() != null) {
			due.setText(getTranslation("lists.follow-up.closed", CaseLabels.day(row.followUpClosedAt())));
		}
		else if (row.followUpOverdue()) {
			due.setText(getTranslation("lists.follow-up.overdue", row.followUpDue().toString()));
			due.addClassNames("bianmin-colour", "bianmin-colour-red");
		}
		else {
			due.setText(getTranslation("lists.follow-up.open", row.followUpDue().toString()));
		}
		return due;
	}

	private Stream<CaseRow> fetch(Query<CaseRow, Void> query) {
		CaseSort sort = this.defaultSort;
		boolean descending = this.defaultDescending;
		List<QuerySortOrder> orders = query.getSortOrders();
		if (!orders.isEmpty()) {
			sort = CaseSort.valueOf(orders.getFirst().getSorted());
			descending = orders.getFirst().getDirection() == SortDirection.DESCENDING;
		}
		return this.cases.page(this.user, this.filter.get(), sort, descending, query.getOffset(), query.getLimit())
			.stream();
	}

	private int count(Query<CaseRow, Void> query) {
		return this.cases.count(this.user, this.filter.get());
	}

}
