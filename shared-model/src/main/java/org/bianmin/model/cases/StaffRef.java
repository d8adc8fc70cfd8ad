package org.bianmin.model.cases;

import java.util.Objects;

/**
 * A member of staff as named on a case: their user id and the name they had when they
 * acted, so the timeline reads the same after a rename.
 */
public record StaffRef(String userId, String name) {

	public StaffRef {
		Objects.requireNonNull(userId, "userId");
		Objects.requireNonNull(name, "name");
		if (userId.isBlank() || userId.length() > 64) {
			throw new IllegalArgumentException("staff user id must be 1..64 characters");
		}
		if (name.isBlank() || name.codePointCount(0, name.length()) > 50) {
			throw new IllegalArgumentException("staff name must be 1..50 characters");
		}
	}

}
