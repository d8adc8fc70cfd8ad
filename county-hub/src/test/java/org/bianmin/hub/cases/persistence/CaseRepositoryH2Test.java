package org.bianmin.hub.cases.persistence;

import org.bianmin.hub.IntegrationTest;

/**
 * The case repository contract on H2.
 */
@IntegrationTest
class CaseRepositoryH2Test extends CaseRepositoryContract {

	@Override
	String expectedDatabase() {
		return "H2";
	}

}
