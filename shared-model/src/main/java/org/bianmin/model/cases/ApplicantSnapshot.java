package org.bianmin.model.cases;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.model.resident.SpecialGroup;
import org.jspecify.annotations.Nullable;

/**
 * The applicant's details as filed. Residents are not owned by any node; a case keeps
 * this copy so that its record does not change when the register does.
 */
public record ApplicantSnapshot(ResidentId residentId, PersonName name, @Nullable String phone, String village,
		Set<SpecialGroup> groups) {

	public ApplicantSnapshot {
		Objects.requireNonNull(residentId, "residentId");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(village, "village");
		// in the enum's order: Set.copyOf iterates in an order that changes from JVM to
		// JVM, and an event's JSON must be the same wherever it is written (the hub keys
		// refused events by the SHA-256 of their JSON)
		groups = groups.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(groups));
		if (phone != null && !phone.matches("[0-9+\\- ]{5,20}")) {
			throw new IllegalArgumentException("phone must be 5..20 digits, spaces, + or -");
		}
		if (village.isBlank() || village.length() > 50) {
			throw new IllegalArgumentException("village must be 1..50 characters");
		}
	}

	/** Whether the resident is eligible for full proxy service (全程代办). */
	public boolean eligibleForFullProxy() {
		return !this.groups.isEmpty();
	}

}
