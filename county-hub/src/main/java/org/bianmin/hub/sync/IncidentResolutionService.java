package org.bianmin.hub.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.bianmin.hub.audit.AuditAction;
import org.bianmin.hub.audit.AuditTrail;
import org.bianmin.hub.cases.CaseCommandService;
import org.bianmin.hub.cases.CaseNotFoundException;
import org.bianmin.hub.sync.feed.FeedAppender;
import org.bianmin.hub.sync.persistence.IncidentRepository;
import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.staff.Role;
import org.bianmin.model.sync.ResolutionChoice;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person at the hub resolves a kept incident (docs/sync-protocol.md 5.4): accept the
 * node's version, keep the hub's, or discard it, always with a reason. In one
 * transaction: the incident is marked resolved (first, so two people resolving at once
 * cannot both succeed), for ACCEPT_NODE the node's change is recorded again on the case
 * as a SYNC_RESOLVED event by the case rules (which also reach every interested node's
 * feed), the sending node's feed gets an INCIDENT_RESOLVED entry so its refused outbox
 * row is settled, and the audit trail records who did what.
 */
@Service
public class IncidentResolutionService {

	/** Only county supervision and administration resolve incidents. */
	private static final Set<Role> RESOLVERS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);

	private static final int MAX_REASON = 500;

	private final IncidentRepository incidents;

	private final CaseCommandService cases;

	private final FeedAppender feeds;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	IncidentResolutionService(IncidentRepository incidents, CaseCommandService cases, FeedAppender feeds,
			AuditTrail audit, JsonMapper json, Clock clock) {
		this.incidents = incidents;
		this.cases = cases;
		this.feeds = feeds;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Resolves an open incident.
	 * @param by the person, in the role they resolve it in
	 * @return the incident as resolved
	 * @throws IncidentResolutionException if it cannot be resolved so (nothing changed)
	 */
	@Transactional
	public SyncIncident resolve(UUID incidentId, ResolutionChoice choice, String reason, Actor by) {
		if (!RESOLVERS.contains(by.role())) {
			throw new IncidentResolutionException("sync.resolve.error.role");
		}
		String text = reason.strip();
		if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_REASON
				|| text.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n')) {
			throw new IncidentResolutionException("sync.resolve.error.reason", MAX_REASON);
		}
		SyncIncident incident = this.incidents.find(incidentId)
			.orElseThrow(() -> new IncidentResolutionException("sync.resolve.error.unknown"));
		if (incident.isResolved()) {
			throw new IncidentResolutionException("sync.resolve.error.resolved");
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		EventId acceptedAs = (choice == ResolutionChoice.ACCEPT_NODE) ? accept(incident, text, by) : null;
		if (!this.incidents.resolve(incidentId,
				new IncidentRepository.Resolution(choice, text, by.who(), now, acceptedAs))) {
			// another person resolved it since it was read: this one rolls back, the
			// SYNC_RESOLVED event included
			throw new IncidentResolutionException("sync.resolve.error.resolved");
		}
		this.feeds.append(java.util.List.of(FeedAppender.Pending.incidentResolved(incident.node(), incidentId)));
		this.audit.record(by.who(), AuditAction.SYNC_INCIDENT_RESOLVED,
				incident.node().value() + " " + incident.eventId(), choice.name() + ": " + text);
		return this.incidents.find(incidentId).orElseThrow();
	}

	/**
	 * Records the node's change again on the case, if the hub owns the case and the rules
	 * allow the change now; otherwise refuses with the rule's own message.
	 */
	private EventId accept(SyncIncident incident, String reason, Actor by) {
		CaseEvent refused = read(incident);
		if (refused == null) {
			throw new IncidentResolutionException("sync.resolve.error.unreadable");
		}
		CommandResult result;
		try {
			result = this.cases.handle(refused.caseId(), new CaseCommand.AcceptRefusedEvent(refused, reason), by);
		}
		catch (CaseNotFoundException ex) {
			throw new IncidentResolutionException("sync.resolve.error.no-case");
		}
		return switch (result) {
			case CommandResult.Done done -> done.events().getFirst().id();
			case CommandResult.Denied denied ->
				throw new IncidentResolutionException(denied.violation().key(), denied.violation().args());
		};
	}

	private @Nullable CaseEvent read(SyncIncident incident) {
		try {
			return this.json.readValue(incident.content(), CaseEvent.class);
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			return null;
		}
	}

}
