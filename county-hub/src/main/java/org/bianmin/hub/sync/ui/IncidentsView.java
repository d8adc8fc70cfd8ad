package org.bianmin.hub.sync.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.hub.sync.IncidentFilter;
import org.bianmin.hub.sync.SyncIncident;
import org.bianmin.hub.sync.SyncIncidentService;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.AckStatus;

/**
 * 同步异常: every pushed event the hub refused and keeps, with its node, case, answer and the
 * reason in the reader's language; filtered by node, answer and open ones by the URL
 * ({@code ?node=QS&status=CONFLICT&open=true}, the sync-health screen's links). A
 * selected incident opens on its own page, where a person resolves it.
 */
@Route("sync-incidents")
@RolesAllowed({ "SUPERVISOR", "ADMIN" })
class IncidentsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ServiceTime.SERVICE_ZONE);

	private final SyncIncidentService incidents;

	private final Paragraph summary = new Paragraph();

	private final Paragraph filterText = new Paragraph();

	private final Grid<SyncIncident> grid = new Grid<>();

	private final Button open = new Button(getTranslation("sync.incidents.open"));

	private IncidentFilter filter = IncidentFilter.ALL;

	IncidentsView(SyncIncidentService incidents) {
		this.incidents = incidents;
		this.summary.setId("incident-summary");
		this.filterText.setId("incident-filter");
		this.open.setId("open-incident");
		this.open.setEnabled(false);
		this.open.addClickListener((event) -> this.grid.getSelectedItems()
			.stream()
			.findFirst()
			.ifPresent((incident) -> getUI().ifPresent((ui) -> ui.navigate("sync-incidents/" + incident.id()))));
		add(new H2(getTranslation("sync.incidents.title")), this.summary, this.filterText, this.open, createGrid());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("sync.incidents.title");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		NodeCode node = null;
		AckStatus status = null;
		try {
			String code = first(parameters, "node");
			node = (code == null) ? null : NodeCode.of(code);
			String answer = first(parameters, "status");
			status = (answer == null) ? null : AckStatus.valueOf(answer);
			this.filter = new IncidentFilter(node, status, "true".equals(first(parameters, "open")));
		}
		catch (IllegalArgumentException malformed) {
			// a mistyped link shows every incident rather than an error page
			this.filter = IncidentFilter.ALL;
		}
		this.summary.setText(getTranslation("sync.incidents.summary", this.incidents.count(true)));
		this.filterText.setText(describe(this.filter));
		this.filterText.setVisible(!this.filter.equals(IncidentFilter.ALL));
		this.grid.getDataProvider().refreshAll();
	}

	private String describe(IncidentFilter shown) {
		String node = (shown.node() == null) ? getTranslation("sync.incidents.filter.any-node") : shown.node().value();
		String status = (shown.status() == null) ? getTranslation("sync.incidents.filter.any-status")
				: getTranslation("sync.incidents.status." + shown.status().name());
		return getTranslation(shown.unresolvedOnly() ? "sync.incidents.filter.open" : "sync.incidents.filter", node,
				status, this.incidents.count(shown));
	}

	private static String first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values == null || values.isEmpty()) ? null : values.getFirst();
	}

	private Grid<SyncIncident> createGrid() {
		this.grid.setId("incidents");
		this.grid.addColumn((incident) -> TIME.format(incident.lastReceivedAt()))
			.setHeader(getTranslation("sync.incidents.received"))
			.setAutoWidth(true);
		this.grid.addColumn((incident) -> incident.node().value())
			.setHeader(getTranslation("sync.incidents.node"))
			.setAutoWidth(true);
		this.grid
			.addColumn((incident) -> (incident.caseId() == null) ? incident.eventId().toString()
					: getTranslation("sync.incidents.case.value", incident.caseId(), incident.sequence()))
			.setHeader(getTranslation("sync.incidents.case"))
			.setAutoWidth(true);
		this.grid.addColumn((incident) -> getTranslation("sync.incidents.status." + incident.status().name()))
			.setHeader(getTranslation("sync.incidents.answer"))
			.setAutoWidth(true);
		this.grid.addColumn((incident) -> getTranslation(incident.reason().key(), incident.reason().args().toArray()))
			.setHeader(getTranslation("sync.incidents.reason"))
			.setFlexGrow(3);
		this.grid.addColumn(SyncIncident::timesReceived)
			.setHeader(getTranslation("sync.incidents.times"))
			.setAutoWidth(true);
		this.grid.addColumn((incident) -> IncidentTexts.resolution(this, incident))
			.setHeader(getTranslation("sync.incidents.resolved"))
			.setAutoWidth(true);
		this.grid.setItems(
				(query) -> this.incidents.incidents(this.filter, query.getOffset(), query.getLimit()).stream(),
				(query) -> (int) this.incidents.count(this.filter));
		this.grid.addSelectionListener((event) -> this.open.setEnabled(event.getFirstSelectedItem().isPresent()));
		return this.grid;
	}

}
