package org.bianmin.hub.publicsite;

import java.util.Optional;

import org.bianmin.model.node.NodeCode;

/**
 * The names of the service centres, to tell a resident where to collect a result. The
 * node registry (the sync feature's {@code sync_node}) is the source; until a directory
 * is registered as a bean the query names only the hub itself and shows other centres by
 * their code.
 */
public interface CentreDirectory {

	/** The display name of the centre with this code, e.g. 青山镇便民服务中心. */
	Optional<String> centreName(NodeCode node);

}
