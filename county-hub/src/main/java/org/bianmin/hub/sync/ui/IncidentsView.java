package org.bianmin.hub.sync.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.hub.sync.SyncIncident;
import org.bianmin.hub.sync.SyncIncidentService;
import org.bianmin.model.calendar.ServiceTime;

/**
 * 同步异常: every pushed event the hub refused and keeps, with its node, case, answer and the
 * reason in the reader's language. Resolving them belongs to the sync-health screen
 * ({@link SyncIncidentService#resolve}).
 */
@Route("sync-incidents")
@RolesAllowed({ "SUPERVISOR", "ADMIN" })
class IncidentsView extends VerticalLayout implements HasDynamicTitle {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ServiceTime.SERVICE_ZONE);

	IncidentsView(SyncIncidentService incidents) {
		Paragraph summary = new Paragraph(getTranslation("sync.incidents.summary", incidents.count(true)));
		summary.setId("incident-summary");
		add(new H2(getTranslation("sync.incidents.title")), summary, createGrid(incidents));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("sync.incidents.title");
	}

	private Grid<SyncIncident> createGrid(SyncIncidentService incidents) {
		Grid<SyncIncident> grid = new Grid<>();
		grid.setId("incidents");
		grid.addColumn((incident) -> TIME.format(incident.lastReceivedAt()))
			.setHeader(getTranslation("sync.incidents.received"))
			.setAutoWidth(true);
		grid.addColumn((incident) -> incident.node().value())
			.setHeader(getTranslation("sync.incidents.node"))
			.setAutoWidth(true);
		grid.addColumn((incident) -> (incident.caseId() == null) ? incident.eventId().toString()
				: getTranslation("sync.incidents.case.value", incident.caseId(), incident.sequence()))
			.setHeader(getTranslation("sync.incidents.case"))
			.setAutoWidth(true);
		grid.addColumn((incident) -> getTranslation("sync.incidents.status." + incident.status().name()))
			.setHeader(getTranslation("sync.incidents.answer"))
			.setAutoWidth(true);
		grid.addColumn((incident) -> getTranslation(incident.reason().key(), incident.reason().args().toArray()))
			.setHeader(getTranslation("sync.incidents.reason"))
			.setFlexGrow(3);
		grid.addColumn(SyncIncident::timesReceived)
			.setHeader(getTranslation("sync.incidents.times"))
			.setAutoWidth(true);
		grid.addColumn((incident) -> incident.isResolved() ? getTranslation("sync.incidents.resolved") : "")
			.setHeader(getTranslation("sync.incidents.resolved"))
			.setAutoWidth(true);
		grid.setItems((query) -> incidents.incidents(query.getOffset(), query.getLimit(), false).stream(),
				(query) -> (int) incidents.count(false));
		return grid;
	}

}
