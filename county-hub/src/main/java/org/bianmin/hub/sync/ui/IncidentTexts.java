package org.bianmin.hub.sync.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;
import org.bianmin.hub.sync.SyncIncident;
import org.bianmin.model.calendar.ServiceTime;

/** How an incident's resolution reads on the sync screens. */
final class IncidentTexts {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ServiceTime.SERVICE_ZONE);

	private IncidentTexts() {
	}

	/** Empty while open; else the choice, who and when. */
	static String resolution(Component on, SyncIncident incident) {
		if (!incident.isResolved() || incident.resolvedAt() == null) {
			return "";
		}
		if (incident.choice() == null) {
			return on.getTranslation("sync.incidents.resolved");
		}
		String who = (incident.resolvedByName() != null) ? incident.resolvedByName() : incident.resolvedBy();
		return on.getTranslation("sync.resolve.done", on.getTranslation("sync.resolution." + incident.choice().name()),
				who, TIME.format(incident.resolvedAt()));
	}

}
