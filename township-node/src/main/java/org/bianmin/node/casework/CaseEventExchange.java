package org.bianmin.node.casework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CaseEventRejectedException;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.node.casework.persistence.CaseRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events casework exchanges with the hub: it hands out stored events for the push,
 * and takes in events pulled from the hub's feed (docs/sync-protocol.md section 6.3).
 *
 * <p>
 * Pulled events go through the same case rules as the node's own ({@link Case#apply}),
 * and are stored with the case projection, but they publish no
 * {@link CaseEventsRecorded}: they are not this node's to push, so they get no outbox
 * row. Taking in is idempotent: events held already (same id) are skipped. An event the
 * node cannot take in (it holds another event at that sequence, or the rules refuse it)
 * is not forced in: the node keeps what it has and the caller records the disagreement
 * for a person; the case's later events in the same entry wait behind it.
 */
@Service
public class CaseEventExchange {

	private final CaseRepository cases;

	public CaseEventExchange(CaseRepository cases) {
		this.cases = cases;
	}

	/** Stored events by id, in the order of the ids; ids not stored here are left out. */
	@Transactional(readOnly = true)
	public List<CaseEvent> events(List<EventId> ids) {
		Map<EventId, CaseEvent> byId = new HashMap<>();
		for (CaseEvent event : this.cases.eventsById(ids)) {
			byId.put(event.id(), event);
		}
		List<CaseEvent> ordered = new ArrayList<>(ids.size());
		for (EventId id : ids) {
			CaseEvent event = byId.get(id);
			if (event != null) {
				ordered.add(event);
			}
		}
		return ordered;
	}

	/**
	 * Takes in a case's events from the hub, in the caller's transaction.
	 * @param events events of one case
	 * @return what was taken in, and what disagreed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Intake receive(Collection<CaseEvent> events) {
		if (events.isEmpty()) {
			return new Intake(0, 0, List.of());
		}
		List<CaseEvent> sorted = events.stream().sorted(Comparator.comparingInt(CaseEvent::sequence)).toList();
		CaseId caseId = sorted.getFirst().caseId();
		if (sorted.stream().anyMatch((e) -> !e.caseId().equals(caseId))) {
			throw new IllegalArgumentException("events of several cases in one intake");
		}
		List<CaseEvent> held = this.cases.events(caseId);
		Set<EventId> heldIds = new HashSet<>();
		Map<Integer, CaseEvent> heldBySequence = new HashMap<>();
		for (CaseEvent event : held) {
			heldIds.add(event.id());
			heldBySequence.put(event.sequence(), event);
		}
		@Nullable Case current = held.isEmpty() ? null : Case.replay(held);
		List<CaseEvent> fresh = new ArrayList<>();
		int alreadyHeld = 0;
		List<Disagreement> disagreements = new ArrayList<>();
		for (CaseEvent event : sorted) {
			if (heldIds.contains(event.id())) {
				alreadyHeld++;
				continue;
			}
			CaseEvent local = heldBySequence.get(event.sequence());
			if (local != null) {
				disagreements.add(new Disagreement(caseId, event.sequence(), local.id(), event.id(), RuleViolation
					.of("sync.problem.sameSequence", event.sequence(), local.id().value(), event.id().value())));
				break;
			}
			try {
				current = (current == null) ? Case.replay(List.of(event)) : current.apply(event);
			}
			catch (CaseEventRejectedException ex) {
				disagreements.add(new Disagreement(caseId, event.sequence(), null, event.id(), ex.violation()));
				break;
			}
			fresh.add(event);
			heldBySequence.put(event.sequence(), event);
		}
		if (!fresh.isEmpty() && current != null) {
			this.cases.append(current, fresh);
		}
		return new Intake(fresh.size(), alreadyHeld, disagreements);
	}

	/**
	 * The outcome of taking in one case's events.
	 *
	 * @param applied events stored now
	 * @param alreadyHeld events the node held already
	 * @param disagreements events not taken in, and why
	 */
	public record Intake(int applied, int alreadyHeld, List<Disagreement> disagreements) {

		public Intake {
			disagreements = List.copyOf(disagreements);
		}

	}

	/**
	 * An event of the hub the node did not take in.
	 *
	 * @param caseId the case
	 * @param sequence the event's sequence
	 * @param localEvent the node's own event at that sequence, if that is the reason
	 * @param hubEvent the hub's event
	 * @param reason the rule that refused it
	 */
	public record Disagreement(CaseId caseId, int sequence, @Nullable EventId localEvent, EventId hubEvent,
			RuleViolation reason) {
	}

}
