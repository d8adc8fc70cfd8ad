package org.bianmin.hub.staff.persistence;

import org.bianmin.hub.IntegrationTest;

/** The staff repository contract on the embedded H2 the hub runs on by default. */
@IntegrationTest
class StaffRepositoryH2Test extends StaffRepositoryContract {

	@Override
	String expectedDatabase() {
		return "H2";
	}

}
