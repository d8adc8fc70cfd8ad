package org.bianmin.node.casework;

import java.util.List;

import org.bianmin.model.cases.CaseEvent;

/**
 * Published, inside the transaction that stores them, for new events of cases this node
 * recorded. Listeners run in that same transaction (the sync outbox is written this way),
 * so either everything is stored or nothing is.
 */
public record CaseEventsRecorded(List<CaseEvent> events) {

	public CaseEventsRecorded {
		events = List.copyOf(events);
	}

}
