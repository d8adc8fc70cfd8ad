package org.bianmin.node.filing.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.node.filing.FiledCase;
import org.bianmin.node.filing.FilingService;
import org.bianmin.node.security.CurrentUser;
import org.bianmin.node.staff.StaffPrincipal;
import org.jspecify.annotations.Nullable;

/** The cases the user filed here, drafts included, newest first; a click reopens one. */
@Route("filing")
@RolesAllowed({ "PROXY_AGENT", "WINDOW_CLERK" })
class FilingListView extends VerticalLayout implements HasDynamicTitle {

	private static final int PHONE_WIDTH = 600;

	private final List<Grid.Column<FiledCase>> wideOnly = new ArrayList<>();

	private @Nullable Registration resizing;

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
		this.wideOnly.add(grid.addColumn(FiledCase::itemName).setHeader(getTranslation("filing.column.item")));
		grid.addColumn(FiledCase::applicantName).setHeader(getTranslation("filing.column.applicant"));
		this.wideOnly.add(grid.addColumn(FiledCase::maskedResidentId).setHeader(getTranslation("filing.column.id")));
		this.wideOnly.add(grid.addColumn(FiledCase::ownerNode).setHeader(getTranslation("filing.column.owner")));
		grid.setItems((query) -> filing.filedBy(user, query.getOffset(), query.getLimit()).stream(),
				(query) -> filing.countFiledBy(user));
		grid.addItemClickListener((click) -> getUI().ifPresent((ui) -> ui.navigate(FilingView.class,
				new RouteParameters(FilingView.CASE_PARAMETER, click.getItem().id().toString()))));
		add(new H2(getTranslation("filing.list.page-title")), newCase, grid);
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
		return getTranslation("filing.list.page-title");
	}

}
