package org.bianmin.hub.sync;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bianmin.sync.*}: the hub's sync settings.
 *
 * @param clockSkewBound a node whose clock is further than this from the hub's is flagged
 * (docs/sync-protocol.md 7)
 */
@ConfigurationProperties("bianmin.sync")
public record SyncSettings(@DefaultValue("PT2M") Duration clockSkewBound) {

	/** Whether a measured skew is beyond the bound. */
	public boolean isFlagged(long clockSkewMillis) {
		return Math.abs(clockSkewMillis) > this.clockSkewBound.toMillis();
	}

}
