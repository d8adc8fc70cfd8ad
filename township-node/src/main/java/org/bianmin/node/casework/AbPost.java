package org.bianmin.node.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.bianmin.model.cases.StaffRef;
import org.jspecify.annotations.Nullable;

/**
 * An A/B post (AB岗): the backup covers the clerk's cases from one day to another, both
 * included; open-ended while {@code until} is null. A post ended before it started
 * ({@code until} before {@code from}) never covers a day.
 */
public record AbPost(UUID id, StaffRef clerk, StaffRef backup, LocalDate from, @Nullable LocalDate until) {

	public AbPost {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(clerk, "clerk");
		Objects.requireNonNull(backup, "backup");
		Objects.requireNonNull(from, "from");
		if (clerk.userId().equals(backup.userId())) {
			throw new IllegalArgumentException("a clerk cannot be their own backup");
		}
	}

	/** Whether the backup covers the clerk on a day. */
	public boolean covers(LocalDate day) {
		return !day.isBefore(this.from) && (this.until == null || !day.isAfter(this.until));
	}

}
