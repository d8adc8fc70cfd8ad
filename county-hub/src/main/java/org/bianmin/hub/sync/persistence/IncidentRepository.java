package org.bianmin.hub.sync.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bianmin.hub.sync.IncidentFilter;
import org.bianmin.hub.sync.SyncIncident;
import org.bianmin.model.cases.EventId;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.AckStatus;

/** Refused events kept for a person. Writes join the caller's transaction. */
public interface IncidentRepository {

	/** The incidents of these events (all contents), for "kept once". */
	List<SyncIncident> findByEventIds(Collection<EventId> eventIds);

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if the event with this
	 * content is kept already (another instance kept it meanwhile)
	 */
	void insert(SyncIncident incident, String contentSha256);

	/** The event arrived again: its latest answer, when, and one more arrival. */
	void receivedAgain(UUID id, AckStatus status, RuleViolation reason, Instant at);

	List<SyncIncident> page(int offset, int limit, boolean unresolvedOnly);

	long count(boolean unresolvedOnly);

	/** A page of the incidents that match, the most recently received first. */
	List<SyncIncident> page(IncidentFilter filter, int offset, int limit);

	long count(IncidentFilter filter);

	/** Unresolved incidents per node and answer, in one grouped query. */
	Map<NodeCode, Map<AckStatus, Long>> openCountsByNode();

	Optional<SyncIncident> find(UUID id);

	/**
	 * @return whether it was open
	 */
	boolean resolve(UUID id, String by, String resolution, Instant at);

}
