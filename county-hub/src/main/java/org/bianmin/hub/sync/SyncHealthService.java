package org.bianmin.hub.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.bianmin.hub.sync.persistence.IncidentRepository;
import org.bianmin.hub.sync.persistence.NodeRepository;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.sync.AckStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sync health of every registered node (同步监控): last contact against
 * {@code bianmin.sync.contact-bound}, clock skew against the skew bound, the figures of
 * its last report, and the refused events the hub keeps for it. Two queries whatever the
 * number of nodes: the registry with its status rows, and the open incidents grouped by
 * node and answer.
 */
@Service
public class SyncHealthService {

	private final NodeRepository nodes;

	private final IncidentRepository incidents;

	private final SyncSettings settings;

	private final Clock clock;

	SyncHealthService(NodeRepository nodes, IncidentRepository incidents, SyncSettings settings, Clock clock) {
		this.nodes = nodes;
		this.incidents = incidents;
		this.settings = settings;
		this.clock = clock;
	}

	/** Every registered node: townships first, then villages, each in code order. */
	@Transactional(readOnly = true)
	public List<NodeHealth> nodes() {
		Instant now = this.clock.instant();
		Map<NodeCode, Map<AckStatus, Long>> open = this.incidents.openCountsByNode();
		return this.nodes.findAll()
			.stream()
			.sorted(Comparator.comparing((SyncNode node) -> node.level() != NodeLevel.TOWNSHIP)
				.thenComparing((node) -> node.code().value()))
			.map((node) -> health(node, open.getOrDefault(node.code(), Map.of()), now))
			.toList();
	}

	private NodeHealth health(SyncNode node, Map<AckStatus, Long> open, Instant now) {
		Instant contact = node.lastContactAt();
		Duration since = (contact == null) ? null : Duration.between(contact, now);
		boolean overdue = since == null || since.compareTo(this.settings.contactBound()) > 0;
		Long skew = node.clockSkewMillis();
		boolean flagged = skew != null && this.settings.isFlagged(skew);
		return new NodeHealth(node, since, overdue, flagged, open.getOrDefault(AckStatus.CONFLICT, 0L),
				open.getOrDefault(AckStatus.NOT_OWNER, 0L), open.getOrDefault(AckStatus.QUARANTINED, 0L));
	}

	/** The bound beyond which a node's silence is shown in red. */
	public Duration contactBound() {
		return this.settings.contactBound();
	}

}
