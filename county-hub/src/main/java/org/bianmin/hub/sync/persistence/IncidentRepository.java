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
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.AckStatus;
import org.bianmin.model.sync.FeedEntry;
import org.bianmin.model.sync.ResolutionChoice;

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

	/**
	 * Records a person's resolution of an open incident (docs/sync-protocol.md 5.4).
	 * @return whether it was open: false if another person resolved it first
	 */
	boolean resolve(UUID id, Resolution resolution);

	/** A resolved incident as its node's feed delivers it. */
	Optional<FeedEntry.IncidentResolved> resolution(UUID id);

	/**
	 * A person's resolution.
	 *
	 * @param choice what they decided
	 * @param reason why
	 * @param by who
	 * @param at the hub's clock
	 * @param acceptedAs the SYNC_RESOLVED event of ACCEPT_NODE
	 */
	record Resolution(ResolutionChoice choice, String reason, StaffRef by, Instant at,
			@org.jspecify.annotations.Nullable EventId acceptedAs) {
	}

}
