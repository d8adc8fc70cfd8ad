package org.bianmin.hub.cases;

import org.jspecify.annotations.Nullable;

/**
 * Open cases of one township or department today.
 *
 * @param key the township's node code or the department's name; null for cases not yet
 * assigned to one
 * @param green running, on track
 * @param yellow running, within the warning window
 * @param red running, overdue
 * @param waitingOnApplicant waiting for the applicant: a correction notice open, or the
 * clock paused for deferred materials
 */
public record OpenCases(@Nullable String key, int green, int yellow, int red, int waitingOnApplicant) {

	public int total() {
		return this.green + this.yellow + this.red + this.waitingOnApplicant;
	}

}
