package org.bianmin.node.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.sync.SyncRefusal;
import org.jspecify.annotations.Nullable;

/**
 * How sync's state reads in plain words: the message keys the status bar and the sync
 * page show (texts in {@code vaadin-i18n/sync*.properties}).
 */
public final class SyncTexts {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private static final ZoneId COUNTY = ServiceTime.SERVICE_ZONE;

	private SyncTexts() {
	}

	/** The key of a connectivity's label. */
	public static String connectivityKey(SyncStatus.Connectivity connectivity) {
		return "sync.status." + connectivity.name();
	}

	/** The key of a run step's label. */
	public static String phaseKey(SyncProgress.Phase phase) {
		return "sync.phase." + phase.name();
	}

	/**
	 * The last error in plain words, or null when there is none or it is just being
	 * offline (which is not an error).
	 * @param translate the view's {@code getTranslation}
	 */
	public static @Nullable String lastError(SyncStatus status, BiFunction<String, Object[], String> translate) {
		String code = status.lastErrorCode();
		if (code == null || SyncRunner.OFFLINE.equals(code)) {
			return null;
		}
		if (SyncRunner.LOCAL_ERROR.equals(code)) {
			return translate.apply("sync.error.LOCAL_ERROR", new Object[0]);
		}
		for (SyncRefusal refusal : SyncRefusal.values()) {
			if (refusal.name().equals(code)) {
				return translate.apply("sync.refusal." + code, new Object[0]);
			}
		}
		return translate.apply("sync.error.other", new Object[] { code });
	}

	/** A moment as the county reads it, e.g. {@code 11-25 10:15}. */
	public static String when(Instant instant) {
		return WHEN.format(instant.atZone(COUNTY));
	}

	/** A clock offset in minutes (or seconds when under one). */
	public static String offset(long millis, BiFunction<String, Object[], String> translate) {
		Duration offset = Duration.ofMillis(Math.abs(millis));
		if (offset.toMinutes() >= 1) {
			return translate.apply("sync.clock.minutes", new Object[] { offset.toMinutes() });
		}
		return translate.apply("sync.clock.seconds", new Object[] { offset.toSeconds() });
	}

}
