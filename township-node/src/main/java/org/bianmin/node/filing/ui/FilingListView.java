package org.bianmin.node.filing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.node.responsive.PhoneColumns;
import org.bianmin.node.filing.FiledCase;
import org.bianmin.node.filing.FilingService;
import org.bianmin.node.security.CurrentUser;
import org.bianmin.node.staff.StaffPrincipal;

/** The cases the user filed here, drafts included, newest first; a click reopens one. */
@Route("filing")
@RolesAllowed({ "PROXY_AGENT", "WINDOW_CLERK" })
class FilingListView extends VerticalLayout implements HasDynamicTitle {

	private final PhoneColumns phoneColumns = new PhoneColumns(this);

	FilingListView(FilingService filing, CurrentUser currentUser) {
		StaffPrincipal user = currentUser.require();
		Button newCase = new Button(getTranslation("filing.new"), VaadinIcon.PLUS.create(),
				(click) -> getUI().ifPresent((ui) -> ui.navigate(FilingView.class)));
		newCase.setId("filing-new");
		newCase.addThemeVariants(ButtonVariant.PRIMARY);
		Grid<FiledCase> grid = new Grid<>(FiledCase.class, false);
		grid.setId("filing-grid");
		grid.addColumn((c) -> c.queryCode().display()).setHeader(getTranslation("filing.column.query-code"));
		grid.addColumn((c) -> getTranslation("case.status." + c.status().name()))
			.setHeader(getTranslation("filing.column.status"));
		this.phoneColumns.wideOnly(grid.addColumn(FiledCase::itemName).setHeader(getTranslation("filing.column.item")));
		grid.addColumn(FiledCase::applicantName).setHeader(getTranslation("filing.column.applicant"));
		this.phoneColumns
			.wideOnly(grid.addColumn(FiledCase::maskedResidentId).setHeader(getTranslation("filing.column.id")));
		this.phoneColumns
			.wideOnly(grid.addColumn(FiledCase::ownerNode).setHeader(getTranslation("filing.column.owner")));
		grid.setItems((query) -> filing.filedBy(user, query.getOffset(), query.getLimit()).stream(),
				(query) -> filing.countFiledBy(user));
		grid.addItemClickListener((click) -> getUI().ifPresent((ui) -> ui.navigate(FilingView.class,
				new RouteParameters(FilingView.CASE_PARAMETER, click.getItem().id().toString()))));
		add(new H2(getTranslation("filing.list.page-title")), newCase, grid);
		setSizeFull();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("filing.list.page-title");
	}

}
