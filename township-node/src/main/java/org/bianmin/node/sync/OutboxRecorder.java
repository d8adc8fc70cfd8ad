package org.bianmin.node.sync;

import org.bianmin.node.casework.CaseEventsRecorded;
import org.bianmin.node.sync.persistence.OutboxRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every event this node records into the outbox, in the transaction that stores
 * the event: a plain (not transactional-phase) listener runs inside the publisher's
 * transaction, and {@code MANDATORY} makes sure there is one. So a case change and its
 * outbox row are saved together or not at all, and the push drains the outbox in commit
 * order.
 */
@Component
class OutboxRecorder {

	private final OutboxRepository outbox;

	OutboxRecorder(OutboxRepository outbox) {
		this.outbox = outbox;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(CaseEventsRecorded recorded) {
		this.outbox.enqueue(recorded.events());
	}

}
