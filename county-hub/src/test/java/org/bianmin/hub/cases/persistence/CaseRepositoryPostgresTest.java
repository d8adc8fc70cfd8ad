package org.bianmin.hub.cases.persistence;

import org.bianmin.hub.IntegrationTest;
import org.bianmin.hub.OnPostgreSQL;

/**
 * The case repository contract on PostgreSQL.
 */
@IntegrationTest
@OnPostgreSQL
class CaseRepositoryPostgresTest extends CaseRepositoryContract {

	@Override
	String expectedDatabase() {
		return "PostgreSQL";
	}

}
