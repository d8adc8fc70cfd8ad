package org.bianmin.model.cases;

import java.util.Objects;

import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who did something to a case, in which role, and, on an A/B post (AB岗), for whom: the
 * backup clerk acts on the absent clerk's queue and both names stay in the timeline.
 *
 * @param who the person who acted
 * @param role the role they acted in
 * @param standingInFor the absent colleague whose post they covered, if any
 */
public record Actor(StaffRef who, Role role, @Nullable StaffRef standingInFor) {

	public Actor {
		Objects.requireNonNull(who, "who");
		Objects.requireNonNull(role, "role");
		if (standingInFor != null && standingInFor.userId().equals(who.userId())) {
			throw new IllegalArgumentException("a clerk cannot stand in for themselves");
		}
	}

	public static Actor of(StaffRef who, Role role) {
		return new Actor(who, role, null);
	}

}
