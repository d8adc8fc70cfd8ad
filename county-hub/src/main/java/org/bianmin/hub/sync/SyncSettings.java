package org.bianmin.hub.sync;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bianmin.sync.*}: the hub's sync settings.
 *
 * @param clockSkewBound a node whose clock is further than this from the hub's is flagged
 * (docs/sync-protocol.md 7)
 * @param contactBound a node not heard from for longer than this is shown in red on the
 * sync-health screen: a node that syncs every few minutes and has been silent for days is
 * off, unplugged or refused
 */
@ConfigurationProperties("bianmin.sync")
public record SyncSettings(@DefaultValue("PT2M") Duration clockSkewBound, @DefaultValue("P3D") Duration contactBound) {

	/** Whether a measured skew is beyond the bound. */
	public boolean isFlagged(long clockSkewMillis) {
		return Math.abs(clockSkewMillis) > this.clockSkewBound.toMillis();
	}

}
