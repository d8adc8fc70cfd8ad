package org.bianmin.hub.sync;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.bianmin.hub.catalog.NodeCatalogHoldings;
import org.bianmin.hub.publicsite.CentreDirectory;
import org.bianmin.hub.sync.persistence.NodeRepository;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The node registry as other features read it: the catalog version each node reported
 * (the catalog screen) and the names of the centres (the public progress query). The
 * registry is the sync feature's; the interfaces are theirs, so they do not depend on
 * sync.
 */
@Component
class NodeDirectory implements NodeCatalogHoldings, CentreDirectory {

	private final NodeRepository nodes;

	NodeDirectory(NodeRepository nodes) {
		this.nodes = nodes;
	}

	@Override
	@Transactional(readOnly = true)
	public List<NodeHolding> holdings() {
		return this.nodes.findAll()
			.stream()
			.sorted(Comparator.comparing((SyncNode node) -> node.level() != NodeLevel.TOWNSHIP)
				.thenComparing((node) -> node.code().value()))
			.map((node) -> new NodeHolding(node.code(), node.name(), node.level(), node.enabled(),
					(node.report() == null) ? null : node.report().catalogVersion(), node.lastContactAt()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> centreName(NodeCode node) {
		return this.nodes.find(node).map(SyncNode::name);
	}

}
