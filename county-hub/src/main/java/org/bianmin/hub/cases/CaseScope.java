package org.bianmin.hub.cases;

import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;

/**
 * Which of the county's cases a user may see at all: supervisors and admins every case; a
 * reviewer the cases of their department (a reviewer without a department serves every
 * department); anyone else none. A case outside the scope is answered like an unknown
 * one.
 *
 * @param everything whether every case is in scope
 * @param department the one department in scope, when not everything
 */
public record CaseScope(boolean everything, @Nullable String department) {

	/** No case at all. */
	public static final CaseScope NOTHING = new CaseScope(false, null);

	/** Every case. */
	public static final CaseScope EVERYTHING = new CaseScope(true, null);

	public static CaseScope of(SignedInUser user) {
		if (user.hasRole(Role.SUPERVISOR) || user.hasRole(Role.ADMIN)) {
			return EVERYTHING;
		}
		if (user.hasRole(Role.REVIEWER)) {
			return (user.department() == null) ? EVERYTHING : new CaseScope(false, user.department());
		}
		return NOTHING;
	}

	/** Whether a case of this department is in scope. */
	public boolean covers(@Nullable String caseDepartment) {
		return this.everything || (this.department != null && this.department.equals(caseDepartment));
	}

}
