package org.bianmin.hub.publicsite.ui;

import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.bianmin.hub.catalog.CatalogService;
import org.bianmin.hub.catalog.PublishedCatalog;
import org.bianmin.hub.identity.HubIdentity;
import org.bianmin.model.catalog.InvalidCatalogException;
import org.bianmin.model.catalog.ItemCode;
import org.bianmin.model.catalog.MaterialRequirement;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.node.NodeLevel;

/**
 * A service guide (办事指南, 一码知材料 · 一码明流程), open to everyone: what the item needs and how it
 * runs, from the current catalog version, with the page's own QR code for posting in the
 * hall. Laid out in one column so it reads on a phone.
 */
@Route(value = "guide/:code", autoLayout = false)
@AnonymousAllowed
class GuideView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	static final String CODE_PARAMETER = "code";

	private final CatalogService catalogs;

	private final PublicLinks links;

	private final HubIdentity hub;

	private String title;

	GuideView(CatalogService catalogs, PublicLinks links, HubIdentity hub) {
		this.catalogs = catalogs;
		this.links = links;
		this.hub = hub;
		this.title = getTranslation("public.guide.title");
		addClassName("bianmin-public");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		H1 centre = new H1(this.hub.name());
		centre.addClassName("bianmin-public-centre");
		add(centre);
		Optional<PublishedCatalog> catalog = this.catalogs.current();
		Optional<ServiceItem> item = catalog.flatMap((published) -> event.getRouteParameters()
			.get(CODE_PARAMETER)
			.flatMap(GuideView::code)
			.flatMap((code) -> published.catalog().item(code)));
		if (item.isEmpty()) {
			Paragraph missing = new Paragraph(getTranslation("public.guide.not-found"));
			missing.setId("guide-not-found");
			add(missing, indexLink());
			return;
		}
		this.title = item.get().name();
		add(createGuide(item.get(), catalog.get().version()), indexLink());
	}

	@Override
	public String getPageTitle() {
		return this.title;
	}

	private Div createGuide(ServiceItem item, int version) {
		Div guide = new Div();
		guide.setId("guide");
		guide.addClassName("bianmin-public-card");
		H2 name = new H2(item.name());
		name.setId("guide-name");
		guide.add(name);
		guide.add(line("guide-code", "public.guide.code", item.code().value()));
		guide.add(line("guide-type", "public.guide.type", getTranslation("catalog.type." + item.type().name())));
		guide.add(line("guide-category", "public.guide.category",
				getTranslation("catalog.category." + item.category().name())));
		guide.add(line("guide-department", "public.guide.department", item.department()));
		guide.add(line("guide-basis", "public.guide.basis", item.legalBasis()));
		guide.add(line("guide-where", "public.guide.where", where(item)));
		guide.add(line("guide-decided", "public.guide.decided-at",
				getTranslation("public.guide.level." + item.decidedAt().name())));
		guide.add(line("guide-limits", "public.guide.limits",
				getTranslation("public.guide.limits-value", item.promisedLimitDays(), item.legalLimitDays())));
		guide.add(line("guide-fee", "public.guide.fee", item.fee()));
		guide.add(line("guide-proxy", "public.guide.proxy", getTranslation(
				item.isProxyFilableAt(NodeLevel.VILLAGE) ? "public.guide.proxy-yes" : "public.guide.proxy-no")));
		guide.add(new H3(getTranslation("public.guide.conditions")));
		guide.add(item.conditions().isEmpty() ? new Paragraph(getTranslation("public.guide.conditions-none"))
				: list("guide-conditions", item.conditions().stream().map(ListItem::new).toList()));
		guide.add(new H3(getTranslation("public.guide.materials")));
		guide.add(list("guide-materials", item.materials().stream().map(this::material).toList()));
		guide.add(new H3(getTranslation("public.guide.steps")));
		guide.add(steps(item));
		guide.add(createQrCode(item.code()));
		Paragraph about = new Paragraph(getTranslation("public.guide.version", version));
		about.addClassName("bianmin-public-note");
		guide.add(about);
		return guide;
	}

	private String where(ServiceItem item) {
		return item.acceptAt()
			.stream()
			.map((level) -> getTranslation("public.guide.where." + level.name()))
			.collect(Collectors.joining(getTranslation("list.separator")));
	}

	private ListItem material(MaterialRequirement material) {
		String text = getTranslation("public.guide.material", material.name(),
				getTranslation("catalog.form." + material.form().name()), material.copies());
		ListItem line = new ListItem(text);
		Span tag = new Span(getTranslation(material.key() ? "catalog.material.key" : "catalog.material.deferrable"));
		tag.addClassName(material.key() ? "bianmin-tag-key" : "bianmin-tag-deferrable");
		line.add(new Span(" "), tag);
		return line;
	}

	private UnorderedList steps(ServiceItem item) {
		UnorderedList steps = new UnorderedList();
		steps.setId("guide-steps");
		if (item.isProxyFilableAt(NodeLevel.VILLAGE)) {
			steps.add(new ListItem(getTranslation("public.guide.step.village")));
		}
		steps.add(new ListItem(getTranslation("public.guide.step.accept")));
		steps.add(new ListItem(getTranslation(
				item.decidedAtCounty() ? "public.guide.step.county-review" : "public.guide.step.township-review")));
		steps.add(new ListItem(getTranslation("public.guide.step.collect")));
		steps.add(new ListItem(getTranslation("public.guide.step.query")));
		return steps;
	}

	private Div createQrCode(ItemCode code) {
		String link = this.links.guide(code).toString();
		Svg qr = new Svg(QrCodeSvg.svg(link));
		qr.setId("guide-qr");
		qr.getElement().setAttribute("data-link", link);
		Paragraph caption = new Paragraph(getTranslation("public.guide.qr-caption"));
		caption.addClassName("bianmin-public-note");
		Div block = new Div(qr, caption);
		block.addClassName("bianmin-guide-qr");
		return block;
	}

	private Paragraph line(String id, String labelKey, String value) {
		Paragraph line = new Paragraph();
		line.setId(id);
		Span label = new Span(getTranslation(labelKey) + getTranslation("public.colon"));
		label.addClassName("bianmin-public-label");
		line.add(label, new Span(value));
		return line;
	}

	private static UnorderedList list(String id, java.util.List<ListItem> items) {
		UnorderedList list = new UnorderedList(items.toArray(ListItem[]::new));
		list.setId(id);
		return list;
	}

	private Anchor indexLink() {
		Anchor index = new Anchor(GuideNavigation.INDEX, getTranslation("public.guide.index-link"));
		index.setId("guide-index-link");
		return index;
	}

	private static Optional<ItemCode> code(String text) {
		try {
			return Optional.of(ItemCode.of(text));
		}
		catch (InvalidCatalogException ex) {
			return Optional.empty();
		}
	}

}
