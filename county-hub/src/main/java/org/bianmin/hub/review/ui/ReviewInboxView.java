package org.bianmin.hub.review.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.hub.cases.CaseFilter;
import org.bianmin.hub.cases.CaseListService;
import org.bianmin.hub.cases.CaseSort;
import org.bianmin.hub.lists.CaseGrid;
import org.bianmin.hub.lists.CaseLabels;
import org.bianmin.hub.lists.ListExport;
import org.bianmin.hub.review.ReviewService;
import org.bianmin.hub.security.CurrentUser;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.CaseStatus;

import java.util.Set;

/**
 * The department's inbox: county items the townships forwarded, still at the county
 * (forwarded, received, in review, decided but held), most urgent first, paged lazily.
 */
@Route(ReviewNavigation.INBOX)
@RolesAllowed("REVIEWER")
@StyleSheet("styles/county.css")
class ReviewInboxView extends VerticalLayout implements HasDynamicTitle {

	private final ReviewService review;

	private final ComboBox<CaseStatus> status = new ComboBox<>();

	private final ComboBox<TimeLimitStatus> colour = new ComboBox<>();

	private final CaseGrid grid;

	private final Paragraph count = new Paragraph();

	ReviewInboxView(ReviewService review, CaseListService cases, CurrentUser currentUser) {
		this.review = review;
		SignedInUser user = currentUser.require();
		addClassName("bianmin-county");
		this.grid = new CaseGrid(cases, user, this::filter, false).sortedBy(CaseSort.PROMISED_DUE, false);
		this.grid.setId("inbox-grid");
		H2 title = new H2(getTranslation("review.inbox.title"));
		title.setId("inbox-title");
		String department = user.department();
		Paragraph scope = new Paragraph((department != null) ? getTranslation("review.inbox.department", department)
				: getTranslation("review.inbox.all-departments"));
		scope.setId("inbox-department");
		this.count.setId("inbox-count");
		add(title, scope, createFilters(), this.count,
				ListExport.links("inbox-export", getTranslation("lists.export.csv"),
						getTranslation("lists.export.xlsx"), () -> this.grid.export("review-inbox")),
				this.grid);
		setSizeFull();
		refresh();
	}

	private FormLayout createFilters() {
		this.status.setLabel(getTranslation("lists.filter.status"));
		this.status.setId("inbox-status");
		this.status.setItems(ReviewService.INBOX);
		this.status.setItemLabelGenerator((s) -> CaseLabels.label(this, "case.status.", s));
		this.colour.setLabel(getTranslation("lists.filter.colour"));
		this.colour.setId("inbox-colour");
		this.colour.setItems(TimeLimitStatus.values());
		this.colour.setItemLabelGenerator((c) -> CaseLabels.colour(this, c, false));
		this.status.addValueChangeListener((change) -> refresh());
		this.colour.addValueChangeListener((change) -> refresh());
		FormLayout filters = new FormLayout(this.status, this.colour);
		filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 4));
		filters.setWidthFull();
		return filters;
	}

	private CaseFilter filter() {
		CaseStatus chosen = this.status.getValue();
		return this.review
			.inbox(new CaseFilter(null, null, null, null, null, null, (chosen != null) ? Set.of(chosen) : Set.of(),
					this.colour.getValue(), null, null, null, false, false, null, null));
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
		return getTranslation("review.inbox.title");
	}

}
