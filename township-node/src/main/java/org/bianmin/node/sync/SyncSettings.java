package org.bianmin.node.sync;

import java.time.Duration;

import org.bianmin.model.sync.SyncProtocol;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this node syncs ({@code bianmin.sync.*}); every value has the default of
 * docs/sync-protocol.md section 10.
 *
 * @param enabled whether the scheduled job runs (tests switch it off; "立即同步" still works)
 * @param interval time between scheduled runs (default 5 minutes)
 * @param batchSize events per push batch (default and at most 1,000)
 * @param pageSize feed positions asked per pull (default 200, at most 1,000)
 * @param chunkSize bytes per attachment chunk (default 256 KiB, at most 1 MiB)
 * @param clockSkewBound how far the node's clock may be from the hub's before it is
 * flagged (default 2 minutes)
 * @param backoffBase the first backoff step while the hub is unreachable (default 30 s)
 * @param backoffCap the longest wait between attempts (default 30 minutes)
 * @param connectTimeout how long to wait for a connection (default 10 s)
 * @param responseTimeout how long to wait for an answer (default 60 s)
 */
@ConfigurationProperties("bianmin.sync")
public record SyncSettings(Boolean enabled, Duration interval, Integer batchSize, Integer pageSize, Integer chunkSize,
		Duration clockSkewBound, Duration backoffBase, Duration backoffCap, Duration connectTimeout,
		Duration responseTimeout) {

	public SyncSettings {
		enabled = (enabled != null) ? enabled : Boolean.TRUE;
		interval = positive(interval, Duration.ofMinutes(5), "interval");
		batchSize = within(batchSize, SyncProtocol.MAX_BATCH_EVENTS, SyncProtocol.MAX_BATCH_EVENTS, "batch-size");
		pageSize = within(pageSize, 200, SyncProtocol.MAX_FEED_LIMIT, "page-size");
		chunkSize = within(chunkSize, 256 * 1024, SyncProtocol.MAX_CHUNK_BYTES, "chunk-size");
		clockSkewBound = positive(clockSkewBound, Duration.ofMinutes(2), "clock-skew-bound");
		backoffBase = positive(backoffBase, Duration.ofSeconds(30), "backoff-base");
		backoffCap = positive(backoffCap, Duration.ofMinutes(30), "backoff-cap");
		connectTimeout = positive(connectTimeout, Duration.ofSeconds(10), "connect-timeout");
		responseTimeout = positive(responseTimeout, Duration.ofSeconds(60), "response-timeout");
		if (backoffCap.compareTo(backoffBase) < 0) {
			throw new IllegalArgumentException("bianmin.sync.backoff-cap must not be shorter than backoff-base");
		}
	}

	/** The defaults, as a node without any {@code bianmin.sync} setting runs. */
	public static SyncSettings defaults() {
		return new SyncSettings(null, null, null, null, null, null, null, null, null, null);
	}

	private static Duration positive(Duration value, Duration fallback, String name) {
		if (value == null) {
			return fallback;
		}
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("bianmin.sync." + name + " must be positive, but is " + value);
		}
		return value;
	}

	private static Integer within(Integer value, int fallback, int max, String name) {
		if (value == null) {
			return fallback;
		}
		if (value < 1 || value > max) {
			throw new IllegalArgumentException("bianmin.sync." + name + " must be 1 to " + max + ", but is " + value);
		}
		return value;
	}

}
