package org.bianmin.hub.publicsite.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.bianmin.hub.catalog.CatalogService;
import org.bianmin.hub.catalog.PublishedCatalog;
import org.bianmin.hub.identity.HubIdentity;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.node.NodeLevel;

/**
 * Every service guide of the current catalog version, and the proxy catalog (代办事项目录): the
 * items a village agent may file. Open to everyone; the hub's login page links here.
 */
@Route(value = GuideNavigation.INDEX, autoLayout = false)
@AnonymousAllowed
class GuideIndexView extends VerticalLayout implements HasDynamicTitle {

	GuideIndexView(CatalogService catalogs, HubIdentity hub) {
		addClassName("bianmin-public");
		H1 centre = new H1(hub.name());
		centre.addClassName("bianmin-public-centre");
		add(centre, new H2(getTranslation("public.guides.title")));
		catalogs.current()
			.ifPresentOrElse(this::addCatalog, () -> add(new Paragraph(getTranslation("public.guides.none"))));
		Anchor query = new Anchor("q", getTranslation("public.guides.query-link"));
		query.setId("query-link");
		add(query);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("public.guides.title");
	}

	private void addCatalog(PublishedCatalog published) {
		add(new Paragraph(
				getTranslation("public.guides.summary", published.version(), published.catalog().items().size())));
		add(links("guide-list", published.catalog().items()));
		add(new H2(getTranslation("public.guides.proxy-title")));
		add(new Paragraph(getTranslation("public.guides.proxy-intro")));
		add(links("proxy-list", published.catalog().proxyCatalogFor(NodeLevel.VILLAGE)));
	}

	private UnorderedList links(String id, List<ServiceItem> items) {
		UnorderedList list = new UnorderedList();
		list.setId(id);
		list.addClassName("bianmin-guide-list");
		for (ServiceItem item : items) {
			list.add(new ListItem(new Anchor(GuideNavigation.pathOf(item.code()), item.name())));
		}
		return list;
	}

}
