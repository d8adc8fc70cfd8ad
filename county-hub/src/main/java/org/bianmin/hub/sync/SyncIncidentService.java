package org.bianmin.hub.sync;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bianmin.hub.sync.persistence.IncidentRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pushed events the hub refused and keeps for a person (docs/sync-protocol.md 5.1):
 * listed for county staff; {@link #resolve} is the seam for the sync-health screen that
 * lets a person settle one.
 */
@Service
public class SyncIncidentService {

	private final IncidentRepository incidents;

	private final Clock clock;

	SyncIncidentService(IncidentRepository incidents, Clock clock) {
		this.incidents = incidents;
		this.clock = clock;
	}

	/** A page of incidents, the most recently received first. */
	@Transactional(readOnly = true)
	public List<SyncIncident> incidents(int offset, int limit, boolean unresolvedOnly) {
		return this.incidents.page(offset, limit, unresolvedOnly);
	}

	@Transactional(readOnly = true)
	public long count(boolean unresolvedOnly) {
		return this.incidents.count(unresolvedOnly);
	}

	/** A page of the incidents that match, the most recently received first. */
	@Transactional(readOnly = true)
	public List<SyncIncident> incidents(IncidentFilter filter, int offset, int limit) {
		return this.incidents.page(filter, offset, limit);
	}

	@Transactional(readOnly = true)
	public long count(IncidentFilter filter) {
		return this.incidents.count(filter);
	}

	@Transactional(readOnly = true)
	public Optional<SyncIncident> find(UUID id) {
		return this.incidents.find(id);
	}

	/**
	 * Marks an incident resolved by a person, with what they did (e.g. "the node re-sent
	 * it after the township returned the case"). The event itself stays as it was
	 * received; sending it again is evaluated afresh.
	 * @return whether it was open
	 */
	@Transactional
	public boolean resolve(UUID id, String resolvedBy, String resolution) {
		return this.incidents.resolve(id, resolvedBy, resolution, this.clock.instant());
	}

}
