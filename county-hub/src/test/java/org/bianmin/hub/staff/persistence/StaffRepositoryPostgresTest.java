package org.bianmin.hub.staff.persistence;

import org.bianmin.hub.IntegrationTest;
import org.bianmin.hub.OnPostgreSQL;

/**
 * The staff repository contract on a real PostgreSQL server (profile {@code postgres}).
 */
@IntegrationTest
@OnPostgreSQL
class StaffRepositoryPostgresTest extends StaffRepositoryContract {

	@Override
	String expectedDatabase() {
		return "PostgreSQL";
	}

}
