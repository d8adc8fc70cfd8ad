package org.bianmin.hub.sync.ui;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.hub.i18n.NodeLevelLabels;
import org.bianmin.hub.lists.ExportTable;
import org.bianmin.hub.lists.ListExport;
import org.bianmin.hub.sync.NodeHealth;
import org.bianmin.hub.sync.SyncHealthService;
import org.bianmin.hub.sync.SyncNode;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.sync.AckStatus;
import org.jspecify.annotations.Nullable;

/**
 * 同步监控: every registered node with its last contact and how long ago (red beyond
 * {@code bianmin.sync.contact-bound}), its clock skew (flagged beyond the skew bound),
 * the events waiting and refused at the node as its last report said, the catalog version
 * it holds, and the refused events the hub keeps for it, each count leading to the
 * incident list of that node and answer. Exported to CSV and Excel like the county's
 * other lists.
 */
@Route("sync-health")
@RolesAllowed({ "SUPERVISOR", "ADMIN" })
class SyncHealthView extends VerticalLayout implements HasDynamicTitle {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ServiceTime.SERVICE_ZONE);

	private final SyncHealthService health;

	private final Grid<NodeHealth> grid = new Grid<>();

	private final Button incidents = new Button(getTranslation("sync.health.open-incidents"));

	SyncHealthView(SyncHealthService health) {
		this.health = health;
		List<NodeHealth> nodes = health.nodes();
		long attention = nodes.stream().filter(NodeHealth::needsAttention).count();
		Paragraph summary = new Paragraph(
				getTranslation("sync.health.summary", nodes.size(), attention, days(health.contactBound())));
		summary.setId("health-summary");
		this.incidents.setId("open-incidents");
		this.incidents.setEnabled(false);
		this.incidents.addClickListener((event) -> this.grid.getSelectedItems()
			.stream()
			.findFirst()
			.ifPresent((row) -> getUI().ifPresent((ui) -> {
				String url = incidentsUrl(row, null);
				int query = url.indexOf('?');
				ui.navigate(url.substring(0, query),
						com.vaadin.flow.router.QueryParameters.fromString(url.substring(query + 1)));
			})));
		Anchor all = new Anchor("sync-incidents", getTranslation("sync.health.all-incidents"));
		all.setId("all-incidents");
		add(new H2(getTranslation("sync.health.title")), summary, new HorizontalLayout(this.incidents, all, ListExport
			.links("health", getTranslation("lists.export.csv"), getTranslation("lists.export.xlsx"), this::export)),
				createGrid(nodes));
		setSizeFull();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("sync.health.title");
	}

	/** The incident list of a node, of one answer or of all; unresolved ones only. */
	static String incidentsUrl(NodeHealth row, @Nullable AckStatus status) {
		String url = "sync-incidents?node=" + row.node().code().value() + "&open=true";
		return (status == null) ? url : url + "&status=" + status.name();
	}

	private Grid<NodeHealth> createGrid(List<NodeHealth> nodes) {
		this.grid.setId("sync-health");
		this.grid.addColumn((row) -> row.node().code().value())
			.setHeader(getTranslation("sync.nodes.code"))
			.setAutoWidth(true);
		this.grid.addColumn((row) -> row.node().name()).setHeader(getTranslation("sync.nodes.name")).setFlexGrow(2);
		this.grid.addColumn((row) -> getTranslation(NodeLevelLabels.key(row.node().level())))
			.setHeader(getTranslation("sync.nodes.level"))
			.setAutoWidth(true);
		this.grid.addColumn(this::contact).setHeader(getTranslation("sync.nodes.last-contact")).setAutoWidth(true);
		this.grid.addColumn(this::skew).setHeader(getTranslation("sync.nodes.clock-skew")).setAutoWidth(true);
		this.grid.addColumn((row) -> reported(row, SyncNode.ReportedFigures::pendingEvents))
			.setHeader(getTranslation("sync.health.pending"))
			.setAutoWidth(true);
		this.grid.addColumn((row) -> reported(row, SyncNode.ReportedFigures::rejectedEvents))
			.setHeader(getTranslation("sync.health.rejected"))
			.setAutoWidth(true);
		this.grid.addColumn(this::catalog).setHeader(getTranslation("sync.nodes.catalog")).setAutoWidth(true);
		addCount(AckStatus.CONFLICT, NodeHealth::conflicts);
		addCount(AckStatus.NOT_OWNER, NodeHealth::notOwner);
		addCount(AckStatus.QUARANTINED, NodeHealth::quarantined);
		// red cells: a part name per cell, styled in bianmin.css
		this.grid.setPartNameGenerator((row) -> row.needsAttention() ? "bianmin-attention" : null);
		this.grid.setItems(nodes);
		this.grid.setAllRowsVisible(true);
		this.grid.addSelectionListener((event) -> this.incidents.setEnabled(event.getFirstSelectedItem().isPresent()));
		return this.grid;
	}

	private void addCount(AckStatus status, java.util.function.ToLongFunction<NodeHealth> count) {
		this.grid.addColumn(new ComponentRenderer<>((row) -> {
			long n = count.applyAsLong(row);
			if (n == 0) {
				return new com.vaadin.flow.component.html.Span("0");
			}
			Anchor link = new Anchor(incidentsUrl(row, status), Long.toString(n));
			link.addClassName("bianmin-colour-red");
			return link;
		}))
			.setHeader(getTranslation("sync.incidents.status." + status.name()))
			.setKey(status.name())
			.setAutoWidth(true);
	}

	String contact(NodeHealth row) {
		Duration since = row.sinceContact();
		if (since == null || row.node().lastContactAt() == null) {
			return getTranslation("sync.health.never");
		}
		String text = getTranslation("sync.health.contact", TIME.format(row.node().lastContactAt()), ago(since));
		return row.contactOverdue() ? getTranslation("sync.health.contact.overdue", text) : text;
	}

	private String ago(Duration since) {
		if (since.toDays() >= 1) {
			return getTranslation("sync.health.ago.days", since.toDays());
		}
		if (since.toHours() >= 1) {
			return getTranslation("sync.health.ago.hours", since.toHours());
		}
		return getTranslation("sync.health.ago.minutes", Math.max(0, since.toMinutes()));
	}

	private static long days(Duration bound) {
		return Math.max(1, bound.toDays());
	}

	String skew(NodeHealth row) {
		Long millis = row.node().clockSkewMillis();
		if (millis == null) {
			return getTranslation("sync.nodes.unknown");
		}
		return getTranslation(row.clockFlagged() ? "sync.nodes.clock-skew.flagged" : "sync.nodes.clock-skew.value",
				Math.round(millis / 1000.0));
	}

	private String reported(NodeHealth row, java.util.function.ToIntFunction<SyncNode.ReportedFigures> figure) {
		return Optional.ofNullable(row.node().report())
			.map((report) -> Integer.toString(figure.applyAsInt(report)))
			.orElseGet(() -> getTranslation("sync.nodes.unknown"));
	}

	private String catalog(NodeHealth row) {
		SyncNode.ReportedFigures report = row.node().report();
		return (report == null) ? getTranslation("sync.nodes.unknown")
				: getTranslation("sync.nodes.catalog.value", report.catalogVersion());
	}

	private ExportTable export() {
		List<NodeHealth> rows = this.health.nodes();
		return new ExportTable("sync-health", List.of(getTranslation("sync.nodes.code"),
				getTranslation("sync.nodes.name"), getTranslation("sync.nodes.level"),
				getTranslation("sync.nodes.last-contact"), getTranslation("sync.nodes.clock-skew"),
				getTranslation("sync.health.pending"), getTranslation("sync.health.rejected"),
				getTranslation("sync.nodes.catalog"), getTranslation("sync.incidents.status.CONFLICT"),
				getTranslation("sync.incidents.status.NOT_OWNER"), getTranslation("sync.incidents.status.QUARANTINED")),
				(out) -> rows.forEach((row) -> out.accept(ListExport.row(row.node().code().value(), row.node().name(),
						getTranslation(NodeLevelLabels.key(row.node().level())), contact(row), skew(row),
						reported(row, SyncNode.ReportedFigures::pendingEvents),
						reported(row, SyncNode.ReportedFigures::rejectedEvents), catalog(row), row.conflicts(),
						row.notOwner(), row.quarantined()))));
	}

}
