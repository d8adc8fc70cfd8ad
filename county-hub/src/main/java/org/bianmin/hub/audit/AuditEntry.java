package org.bianmin.hub.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.bianmin.model.cases.StaffRef;

/**
 * One audited action.
 *
 * @param id the entry's ID
 * @param at when it happened (the hub's clock)
 * @param who the administrator
 * @param action what kind of action
 * @param target what it was done to, e.g. a username, an item code, {@code catalog v3}
 * @param details what changed, in a few words; never a password or a hash
 */
public record AuditEntry(UUID id, Instant at, StaffRef who, AuditAction action, String target, String details) {

	public AuditEntry {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(who, "who");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(details, "details");
		target = cut(target, 200);
		details = cut(details, 2000);
	}

	private static String cut(String text, int max) {
		return (text.codePointCount(0, text.length()) <= max) ? text
				: text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
	}

}
