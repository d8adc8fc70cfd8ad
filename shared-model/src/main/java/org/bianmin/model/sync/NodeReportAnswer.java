package org.bianmin.model.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * The hub's answer to a {@link NodeReport}.
 *
 * @param hubTime the hub's clock
 * @param clockSkewMillis the node's clock minus the hub's, as the hub measured it from
 * {@link SyncProtocol#NODE_CLOCK_HEADER}
 * @param clockFlagged whether the skew is beyond the hub's configured bound
 */
public record NodeReportAnswer(Instant hubTime, long clockSkewMillis, boolean clockFlagged) {

	public NodeReportAnswer {
		Objects.requireNonNull(hubTime, "hubTime");
	}

}
