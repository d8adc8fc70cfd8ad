package org.bianmin.hub.catalog.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import jakarta.annotation.security.PermitAll;
import org.bianmin.hub.catalog.CatalogService;
import org.bianmin.hub.catalog.NodeCatalogHoldings;
import org.bianmin.hub.security.CurrentUser;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.staff.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.bianmin.hub.catalog.PublishedCatalog;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.catalog.ServiceItem;

/**
 * The current catalog version's service items (事项目录), as the nodes receive them, its
 * proxy catalog (代办事项目录) and the version each registered node reports holding. An
 * administrator edits and publishes in {@code CatalogEditView}.
 */
@Route("catalog")
@PermitAll
class CatalogView extends VerticalLayout implements HasDynamicTitle {

	CatalogView(CatalogService catalogs, CurrentUser currentUser, ObjectProvider<NodeCatalogHoldings> holdings) {
		add(new H2(getTranslation("catalog.view.title")));
		if (currentUser.require().hasRole(Role.ADMIN)) {
			Anchor edit = new Anchor("catalog/edit", getTranslation("catalog.view.edit"));
			edit.setId("catalog-edit-link");
			add(edit);
		}
		Optional<PublishedCatalog> current = catalogs.current();
		current.ifPresentOrElse(
				(published) -> add(createSummary(published), createItems(published),
						new H3(getTranslation("catalog.view.proxy-title")), createProxyCatalog(published)),
				() -> add(new Paragraph(getTranslation("catalog.view.none"))));
		add(new H3(getTranslation("catalog.view.nodes-title")));
		NodeCatalogHoldings registry = holdings.getIfAvailable();
		if (registry == null) {
			add(new Paragraph(getTranslation("catalog.view.nodes-unavailable")));
		}
		else {
			add(createHoldings(registry.holdings(), current.map(PublishedCatalog::version).orElse(0)));
		}
	}

	private UnorderedList createProxyCatalog(PublishedCatalog published) {
		UnorderedList proxy = new UnorderedList();
		proxy.setId("proxy-catalog");
		for (ServiceItem item : published.catalog().proxyCatalogFor(NodeLevel.VILLAGE)) {
			proxy.add(new ListItem(item.code().value() + " " + item.name()));
		}
		return proxy;
	}

	private com.vaadin.flow.component.Component createHoldings(List<NodeCatalogHoldings.NodeHolding> nodes,
			int currentVersion) {
		if (nodes.isEmpty()) {
			return new Paragraph(getTranslation("catalog.view.nodes-none"));
		}
		Grid<NodeCatalogHoldings.NodeHolding> grid = new Grid<>();
		grid.setId("node-holdings");
		grid.addColumn((node) -> node.name() + " (" + node.node().value() + ")")
			.setHeader(getTranslation("catalog.view.node"))
			.setFlexGrow(2);
		grid.addColumn((node) -> getTranslation("node-level." + node.level().name()))
			.setHeader(getTranslation("catalog.view.node-level"))
			.setAutoWidth(true);
		grid.addColumn((node) -> (node.catalogVersion() == null) ? getTranslation("catalog.view.node-version-none")
				: "v" + node.catalogVersion() + " · "
						+ getTranslation((node.catalogVersion() >= currentVersion) ? "catalog.view.node-current"
								: "catalog.view.node-behind"))
			.setHeader(getTranslation("catalog.view.node-version"))
			.setAutoWidth(true);
		grid.addColumn((node) -> (node.lastContact() == null) ? "" : ServiceTime.dayOf(node.lastContact()).toString())
			.setHeader(getTranslation("catalog.view.node-contact"))
			.setAutoWidth(true);
		grid.setItems(nodes);
		grid.setAllRowsVisible(true);
		return grid;
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
