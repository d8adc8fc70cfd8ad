package org.bianmin.node.residents.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.node.residents.ResidentRegisterService;
import org.bianmin.node.residents.ResidentSummary;
import org.jspecify.annotations.Nullable;

/**
 * The resident register of this node: one search box for a name, an ID number in any
 * accepted form or a phone number; a lazily paged list with ID numbers masked.
 */
@Route(ResidentsNavigation.LIST)
@RolesAllowed({ "PROXY_AGENT", "WINDOW_CLERK" })
class ResidentListView extends VerticalLayout implements HasDynamicTitle {

	private static final int PHONE_WIDTH = 600;

	private final List<Grid.Column<ResidentSummary>> wideOnly = new ArrayList<>();

	private @Nullable Registration resizing;

	private final ResidentRegisterService residents;

	private final TextField search = new TextField();

	private final Grid<ResidentSummary> grid = new Grid<>(ResidentSummary.class, false);

	ResidentListView(ResidentRegisterService residents) {
		this.residents = residents;
		add(new H2(getTranslation("residents.page-title")), createToolbar(), createGrid());
		setSizeFull();
	}

	private HorizontalLayout createToolbar() {
		this.search.setId("resident-search");
		this.search.setLabel(getTranslation("residents.search"));
		this.search.setPlaceholder(getTranslation("residents.search.placeholder"));
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		// full width on a phone, never wider than the window
		this.search.setWidthFull();
		this.search.setMaxWidth("24em");
		this.search.addValueChangeListener((change) -> this.grid.getDataProvider().refreshAll());
		Button register = new Button(getTranslation("residents.register"), VaadinIcon.PLUS.create(),
				(click) -> getUI().ifPresent((ui) -> ui.navigate(RegisterResidentView.class)));
		register.setId("resident-register");
		register.addThemeVariants(ButtonVariant.PRIMARY);
		HorizontalLayout toolbar = new HorizontalLayout(this.search, register);
		toolbar.setAlignItems(Alignment.BASELINE);
		toolbar.setWrap(true);
		return toolbar;
	}

	private Grid<ResidentSummary> createGrid() {
		this.grid.setId("resident-grid");
		this.grid.addColumn((r) -> r.name().value()).setHeader(getTranslation("residents.column.name"));
		this.grid.addColumn(ResidentSummary::maskedResidentId).setHeader(getTranslation("residents.column.id"));
		this.wideOnly
			.add(this.grid.addColumn(ResidentSummary::village).setHeader(getTranslation("residents.column.village")));
		this.wideOnly.add(this.grid.addColumn((r) -> (r.phone() != null) ? r.phone() : "")
			.setHeader(getTranslation("residents.column.phone")));
		this.wideOnly.add(this.grid.addColumn((r) -> GroupLabels.of(r.groups(), this::getTranslation))
			.setHeader(getTranslation("residents.column.groups")));
		this.grid.setItems(
				(query) -> this.residents.search(this.search.getValue(), query.getOffset(), query.getLimit()).stream(),
				(query) -> this.residents.count(this.search.getValue()));
		this.grid.addItemClickListener((click) -> getUI()
			.ifPresent((ui) -> ui.navigate(ResidentView.class, ResidentsNavigation.resident(click.getItem().id()))));
		return this.grid;
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
		return getTranslation("residents.page-title");
	}

}
