package org.bianmin.hub.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.hub.audit.AuditEntry;
import org.bianmin.hub.audit.AuditTrail;
import org.bianmin.model.calendar.ServiceTime;

/**
 * 操作日志: every administrator's action, newest first, read-only, paged lazily.
 */
@Route("audit")
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout implements HasDynamicTitle {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
		.withZone(ZoneId.of(ServiceTime.SERVICE_ZONE.getId()));

	AuditView(AuditTrail trail) {
		setSizeFull();
		add(new H2(getTranslation("audit.title")), createEntries(trail));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("audit.title");
	}

	private Grid<AuditEntry> createEntries(AuditTrail trail) {
		Grid<AuditEntry> entries = new Grid<>();
		entries.setId("audit-entries");
		entries.addColumn((entry) -> TIME.format(entry.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
		entries.addColumn((entry) -> entry.who().name() + " (" + entry.who().userId() + ")")
			.setHeader(getTranslation("audit.who"))
			.setAutoWidth(true);
		entries.addColumn((entry) -> getTranslation("audit.action." + entry.action().name()))
			.setHeader(getTranslation("audit.action"))
			.setAutoWidth(true);
		entries.addColumn(AuditEntry::target).setHeader(getTranslation("audit.target")).setAutoWidth(true);
		entries.addColumn(AuditEntry::details).setHeader(getTranslation("audit.details")).setFlexGrow(2);
		entries.setItems((query) -> trail.page(query.getOffset(), query.getLimit()).stream(), (query) -> trail.count());
		entries.setSizeFull();
		return entries;
	}

}
