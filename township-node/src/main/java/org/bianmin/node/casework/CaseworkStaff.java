package org.bianmin.node.casework;

import org.bianmin.model.cases.StaffRef;
import org.bianmin.node.staff.StaffPrincipal;

/**
 * How a signed-in member of staff is named on a case: by username (the stable login name
 * the demo data and the fixtures use too) and their display name at the time.
 */
final class CaseworkStaff {

	private CaseworkStaff() {
	}

	static StaffRef ref(StaffPrincipal user) {
		return new StaffRef(user.getUsername(), user.displayName());
	}

}
