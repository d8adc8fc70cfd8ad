package org.bianmin.hub.sync.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.hub.security.CurrentUser;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.hub.sync.IncidentResolutionException;
import org.bianmin.hub.sync.IncidentResolutionService;
import org.bianmin.hub.sync.SyncIncident;
import org.bianmin.hub.sync.SyncIncidentService;
import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.staff.Role;
import org.bianmin.model.sync.ResolutionChoice;
import org.jspecify.annotations.Nullable;

/**
 * One kept incident (同步异常详情): the node, the case, the hub's answer and reason, the event
 * as received; while it is open, a person resolves it here with a reason: accept the
 * node's version (recorded again on the case if the rules allow it now), keep the hub's,
 * or discard it. Refusals are shown in the person's language, the case rules' included.
 */
@Route("sync-incidents/:incidentId")
@RolesAllowed({ "SUPERVISOR", "ADMIN" })
class IncidentView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final SyncIncidentService incidents;

	private final IncidentResolutionService resolutions;

	private final CurrentUser currentUser;

	private final Div details = new Div();

	private final TextArea reason = new TextArea(getTranslation("sync.resolve.reason"));

	private final Span error = new Span();

	private final Paragraph outcome = new Paragraph();

	private final HorizontalLayout actions = new HorizontalLayout();

	private @Nullable UUID incidentId;

	IncidentView(SyncIncidentService incidents, IncidentResolutionService resolutions, CurrentUser currentUser) {
		this.incidents = incidents;
		this.resolutions = resolutions;
		this.currentUser = currentUser;
		this.details.setId("incident-details");
		this.reason.setId("resolution-reason");
		this.reason.setMaxLength(500);
		this.reason.setWidthFull();
		this.error.setId("resolution-error");
		this.error.addClassName("bianmin-error");
		this.outcome.setId("resolution-outcome");
		this.actions.add(button(ResolutionChoice.ACCEPT_NODE, "accept-node"),
				button(ResolutionChoice.KEEP_HUB, "keep-hub"), button(ResolutionChoice.DISCARD, "discard"));
		add(new H2(getTranslation("sync.resolve.title")), new Anchor("sync-health", getTranslation("nav.sync-health")),
				this.details, this.outcome, this.reason, this.actions, this.error);
	}

	private Button button(ResolutionChoice choice, String id) {
		Button button = new Button(getTranslation("sync.resolution." + choice.name()), (event) -> resolve(choice));
		button.setId(id);
		if (choice == ResolutionChoice.DISCARD) {
			button.addThemeVariants(ButtonVariant.LUMO_ERROR);
		}
		return button;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("sync.resolve.title");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<UUID> id = event.getRouteParameters().get("incidentId").flatMap(IncidentView::uuid);
		Optional<SyncIncident> incident = id.flatMap(this.incidents::find);
		if (incident.isEmpty()) {
			event.forwardTo("sync-incidents");
			return;
		}
		this.incidentId = incident.get().id();
		show(incident.get());
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private void show(SyncIncident incident) {
		this.details.removeAll();
		this.details.add(line("sync.incidents.node", incident.node().value()),
				line("sync.incidents.answer", getTranslation("sync.incidents.status." + incident.status().name())),
				line("sync.incidents.reason",
						getTranslation(incident.reason().key(), incident.reason().args().toArray())),
				line("sync.resolve.event", incident.eventId().toString()),
				line("sync.incidents.times", Integer.toString(incident.timesReceived())),
				line("sync.incidents.received", IncidentTexts.TIME.format(incident.lastReceivedAt())));
		if (incident.caseId() != null) {
			Anchor caseLink = new Anchor("review/" + incident.caseId(),
					getTranslation("sync.incidents.case.value", incident.caseId(), incident.sequence()));
			caseLink.setId("incident-case");
			this.details.add(new Div(new Span(getTranslation("sync.incidents.case") + "："), caseLink));
		}
		Pre content = new Pre(incident.content());
		content.setId("incident-content");
		content.getStyle().set("white-space", "pre-wrap").set("max-height", "20em").set("overflow", "auto");
		this.details.add(content);
		boolean open = !incident.isResolved();
		this.reason.setVisible(open);
		this.actions.setVisible(open);
		this.outcome.setVisible(!open);
		if (!open) {
			String text = IncidentTexts.resolution(this, incident);
			this.outcome.setText((incident.resolution() == null) ? text
					: getTranslation("sync.resolve.done.reason", text, incident.resolution()));
		}
	}

	private Div line(String labelKey, String value) {
		return new Div(new Span(getTranslation(labelKey) + "："), new Span(value));
	}

	private void resolve(ResolutionChoice choice) {
		this.error.setText("");
		if (this.incidentId == null) {
			return;
		}
		try {
			SyncIncident resolved = this.resolutions.resolve(this.incidentId, choice, this.reason.getValue(), actor());
			this.reason.clear();
			show(resolved);
		}
		catch (IncidentResolutionException ex) {
			this.error.setText(getTranslation(ex.messageKey(), ex.args().toArray()));
		}
	}

	private Actor actor() {
		SignedInUser user = this.currentUser.require();
		Role role = user.hasRole(Role.SUPERVISOR) ? Role.SUPERVISOR : Role.ADMIN;
		return Actor.of(new StaffRef(user.username(), user.displayName()), role);
	}

}
