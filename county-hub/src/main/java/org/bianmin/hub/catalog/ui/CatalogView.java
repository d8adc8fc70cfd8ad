package org.bianmin.hub.catalog.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.bianmin.hub.catalog.CatalogService;
import org.bianmin.hub.catalog.PublishedCatalog;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.catalog.ServiceItem;

/**
 * The current catalog version's service items (事项目录), as the nodes receive them. Editing
 * and publishing screens come with the catalog administration.
 */
@Route("catalog")
@PermitAll
class CatalogView extends VerticalLayout implements HasDynamicTitle {

	CatalogView(CatalogService catalogs) {
		add(new H2(getTranslation("catalog.view.title")));
		catalogs.current()
			.ifPresentOrElse((published) -> add(createSummary(published), createItems(published)),
					() -> add(new Paragraph(getTranslation("catalog.view.none"))));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalog.view.title");
	}

	private Paragraph createSummary(PublishedCatalog published) {
		Paragraph summary = new Paragraph(getTranslation("catalog.view.summary", published.version(),
				published.catalog().items().size(), ServiceTime.dayOf(published.publishedAt()).toString()));
		summary.setId("catalog-summary");
		return summary;
	}

	private Grid<ServiceItem> createItems(PublishedCatalog published) {
		Grid<ServiceItem> items = new Grid<>();
		items.setId("catalog-items");
		items.addColumn((item) -> item.code().value())
			.setHeader(getTranslation("catalog.view.code"))
			.setAutoWidth(true);
		items.addColumn(ServiceItem::name).setHeader(getTranslation("catalog.view.name")).setFlexGrow(3);
		items.addColumn((item) -> getTranslation("catalog.category." + item.category().name()))
			.setHeader(getTranslation("catalog.view.category"))
			.setAutoWidth(true);
		items.addColumn((item) -> getTranslation("node-level." + item.decidedAt().name()))
			.setHeader(getTranslation("catalog.view.decided-at"))
			.setAutoWidth(true);
		items
			.addColumn((item) -> getTranslation("catalog.view.limits", item.promisedLimitDays(), item.legalLimitDays()))
			.setHeader(getTranslation("catalog.view.limits-header"))
			.setAutoWidth(true);
		items
			.addColumn(
					(item) -> getTranslation(item.proxyAllowed() ? "catalog.view.proxy-yes" : "catalog.view.proxy-no"))
			.setHeader(getTranslation("catalog.view.proxy"))
			.setAutoWidth(true);
		items.setItems(published.catalog().items());
		items.setAllRowsVisible(true);
		return items;
	}

}
