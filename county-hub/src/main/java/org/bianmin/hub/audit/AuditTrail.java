package org.bianmin.hub.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.bianmin.hub.audit.persistence.AuditRepository;
import org.bianmin.model.cases.StaffRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records administrators' actions and reads them back, newest first. Recording joins the
 * transaction of the change and refuses to run without one, so the change and its entry
 * commit together or not at all.
 */
@Service
public class AuditTrail {

	private final AuditRepository entries;

	private final Clock clock;

	AuditTrail(AuditRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** Records an action in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(StaffRef who, AuditAction action, String target, String details) {
		AuditEntry entry = new AuditEntry(UUID.randomUUID(), this.clock.instant().truncatedTo(ChronoUnit.MICROS), who,
				action, target, details);
		this.entries.insert(entry);
		return entry;
	}

	/** A page of entries, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> page(int offset, int limit) {
		return this.entries.newestFirst(offset, limit);
	}

	@Transactional(readOnly = true)
	public int count() {
		return this.entries.count();
	}

}
