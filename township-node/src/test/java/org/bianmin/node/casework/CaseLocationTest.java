package org.bianmin.node.casework;

import org.bianmin.model.cases.NetworkPlace;
import org.bianmin.model.node.NodeCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseLocationTest {

	private static final NodeCode HUB = NodeCode.of("YL");

	private static final NodeCode TOWNSHIP = NodeCode.of("QS");

	private static final NodeCode VILLAGE = NodeCode.of("QSLW");

	@Test
	void a_township_sees_its_own_cases_here_and_forwarded_ones_at_the_hub() {
		NetworkPlace township = NetworkPlace.township(TOWNSHIP, HUB);

		assertThat(CaseLocation.of(TOWNSHIP, township)).isEqualTo(CaseLocation.HERE);
		assertThat(CaseLocation.of(HUB, township)).isEqualTo(CaseLocation.COUNTY_HUB);
		assertThat(CaseLocation.of(VILLAGE, township)).isEqualTo(CaseLocation.OTHER_NODE);
	}

	@Test
	void a_village_sees_its_submitted_cases_at_its_township() {
		NetworkPlace village = NetworkPlace.village(VILLAGE, TOWNSHIP, HUB);

		assertThat(CaseLocation.of(VILLAGE, village)).isEqualTo(CaseLocation.HERE);
		assertThat(CaseLocation.of(TOWNSHIP, village)).isEqualTo(CaseLocation.TOWNSHIP);
		assertThat(CaseLocation.of(HUB, village)).isEqualTo(CaseLocation.COUNTY_HUB);
		assertThat(CaseLocation.of(NodeCode.of("QSSM"), village)).isEqualTo(CaseLocation.OTHER_NODE);
	}

}
