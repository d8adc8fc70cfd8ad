package org.bianmin.hub.cases;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;

import org.bianmin.model.calendar.WorkingCalendar;
import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseDecider;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CasePolicy;
import org.bianmin.model.cases.CommandContext;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.NetworkPlace;
import org.bianmin.hub.cases.persistence.CaseRepository;
import org.bianmin.hub.identity.HubIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out the county's commands on cases the hub holds (receive, review, decide,
 * release, close follow-ups). It owns the transaction in which a command's events and the
 * case projection are stored together. The rules themselves are shared-model's
 * ({@link CaseDecider}).
 */
@Service
public class CaseCommandService {

	private final CaseRepository cases;

	private final NetworkPlace place;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final RandomGenerator random = new SecureRandom();

	public CaseCommandService(CaseRepository cases, HubIdentity hub, WorkingCalendar calendar, Clock clock) {
		this.cases = cases;
		this.place = hub.place();
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Carries out a command on a case the hub holds.
	 * @throws CaseNotFoundException if the case is not here
	 */
	@Transactional
	public CommandResult handle(CaseId id, CaseCommand command, Actor actor) {
		Case current = this.cases.find(id).orElseThrow(() -> new CaseNotFoundException(id));
		return record(current, command, actor);
	}

	/** A case with its events, as stored. */
	@Transactional(readOnly = true)
	public Case find(CaseId id) {
		return this.cases.find(id).orElseThrow(() -> new CaseNotFoundException(id));
	}

	/** The case's timeline: every event, oldest first. */
	@Transactional(readOnly = true)
	public List<CaseEvent> timeline(CaseId id) {
		List<CaseEvent> events = this.cases.events(id);
		if (events.isEmpty()) {
			throw new CaseNotFoundException(id);
		}
		return events;
	}

	/** The case's events with the hub's receive time of each, oldest first. */
	@Transactional(readOnly = true)
	public List<StoredEvent> history(CaseId id) {
		List<StoredEvent> events = this.cases.history(id);
		if (events.isEmpty()) {
			throw new CaseNotFoundException(id);
		}
		return events;
	}

	private CommandResult record(Case current, CaseCommand command, Actor actor) {
		CommandContext context = new CommandContext(actor, this.place, this.clock.instant(), this.calendar,
				CasePolicy.DEFAULT, () -> EventId.newId(this.clock, this.random));
		CommandResult result = CaseDecider.decide(current, command, context);
		if (result instanceof CommandResult.Done done) {
			this.cases.append(done.after(), done.events());
		}
		return result;
	}

}
