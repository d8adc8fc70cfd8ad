package org.bianmin.node.casework;

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
import org.bianmin.node.casework.persistence.CaseRepository;
import org.bianmin.node.identity.NodeIdentity;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out commands on cases at this node. It owns the transaction in which a
 * command's events, the case projection and the outbox rows are stored together: what the
 * screen reports as saved has been committed whole, and a crash before the commit leaves
 * nothing half-written. The rules themselves are shared-model's ({@link CaseDecider}).
 */
@Service
public class CaseCommandService {

	private final CaseRepository cases;

	private final ApplicationEventPublisher publisher;

	private final NetworkPlace place;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final RandomGenerator random = new SecureRandom();

	public CaseCommandService(CaseRepository cases, ApplicationEventPublisher publisher, NodeIdentity node,
			WorkingCalendar calendar, Clock clock) {
		this.cases = cases;
		this.publisher = publisher;
		this.place = node.place();
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Files a new case as a draft at this node. */
	@Transactional
	public CommandResult file(CaseCommand.File command, Actor actor) {
		return record(null, command, actor);
	}

	/**
	 * Carries out a command on a case this node holds.
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

	private CommandResult record(@Nullable Case current, CaseCommand command, Actor actor) {
		CommandContext context = new CommandContext(actor, this.place, this.clock.instant(), this.calendar,
				CasePolicy.DEFAULT, () -> EventId.newId(this.clock, this.random));
		CommandResult result = CaseDecider.decide(current, command, context);
		if (result instanceof CommandResult.Done done) {
			this.cases.append(done.after(), done.events());
			this.publisher.publishEvent(new CaseEventsRecorded(done.events()));
		}
		return result;
	}

}
