package org.bianmin.hub.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.jspecify.annotations.Nullable;

/**
 * Which catalog version each registered node reports holding. The node registry
 * ({@code sync_node}, the sync feature's) is the source; the catalog screen shows the
 * holdings of whichever bean implements this, and says so when none does.
 */
public interface NodeCatalogHoldings {

	/** Every registered node with the catalog version it reported, townships first. */
	List<NodeHolding> holdings();

	/**
	 * One node's holding.
	 *
	 * @param node the node's code
	 * @param name its display name
	 * @param level township or village
	 * @param enabled whether the node may sync
	 * @param catalogVersion the version it reported, or {@code null} before its first
	 * sync
	 * @param lastContact when it last synced, if ever
	 */
	record NodeHolding(NodeCode node, String name, NodeLevel level, boolean enabled, @Nullable Integer catalogVersion,
			@Nullable Instant lastContact) {

		public NodeHolding {
			Objects.requireNonNull(node, "node");
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(level, "level");
		}

	}

}
