package org.bianmin.node.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.node.responsive.PhoneColumns;
import org.bianmin.node.residents.ResidentRegisterService;
import org.bianmin.node.residents.ResidentSummary;

/**
 * The resident register of this node: one search box for a name, an ID number in any
 * accepted form or a phone number; a lazily paged list with ID numbers masked.
 */
@Route(ResidentsNavigation.LIST)
@RolesAllowed({ "PROXY_AGENT", "WINDOW_CLERK" })
class ResidentListView extends VerticalLayout implements HasDynamicTitle {

	private final PhoneColumns phoneColumns = new PhoneColumns(this);

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
		this.phoneColumns.wideOnly(
				this.grid.addColumn(ResidentSummary::village).setHeader(getTranslation("residents.column.village")));
		this.phoneColumns.wideOnly(this.grid.addColumn((r) -> (r.phone() != null) ? r.phone() : "")
			.setHeader(getTranslation("residents.column.phone")));
		this.phoneColumns.wideOnly(this.grid.addColumn((r) -> GroupLabels.of(r.groups(), this::getTranslation))
			.setHeader(getTranslation("residents.column.groups")));
		this.grid.setItems(
				(query) -> this.residents.search(this.search.getValue(), query.getOffset(), query.getLimit()).stream(),
				(query) -> this.residents.count(this.search.getValue()));
		this.grid.addItemClickListener((click) -> getUI()
			.ifPresent((ui) -> ui.navigate(ResidentView.class, ResidentsNavigation.resident(click.getItem().id()))));
		return this.grid;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("residents.page-title");
	}

}
