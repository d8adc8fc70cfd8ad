package org.bianmin.node.casework;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.bianmin.node.DemoTownshipTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Case lists at the demo township QS, read from the projection the demo's cases wrote.
 * Files nothing itself: {@code HomeViewTest} counts on the demo cases staying among the
 * ten most recent.
 */
@DemoTownshipTest
class CaseListServiceTest {

	@Autowired
	private CaseListService cases;

	@Test
	void lists_the_most_recently_changed_first_up_to_the_limit() {
		List<CaseSummary> recent = this.cases.recentlyChanged(3);

		assertThat(recent).hasSize(3);
		assertThat(recent).extracting(CaseSummary::lastChangedAt)
			.isSortedAccordingTo(Comparator.<Instant>naturalOrder().reversed());
		assertThat(this.cases.recentlyChanged(CaseListService.MAX_LIMIT).subList(0, 3)).isEqualTo(recent);
	}

	@Test
	void reads_every_column_of_a_summary_as_its_value_object() {
		CaseSummary forwarded = this.cases.recentlyChanged(CaseListService.MAX_LIMIT)
			.stream()
			.filter((summary) -> summary.itemName().equals("城乡居民基本养老保险待遇领取"))
			.findFirst()
			.orElseThrow();

		assertThat(forwarded.queryCode().node().value()).isEqualTo("QS");
		assertThat(forwarded.applicantName().value()).isEqualTo("李\uD840\uDE0C明");
		assertThat(forwarded.residentId().masked()).isEqualTo("621121********3558");
		assertThat(forwarded.status().name()).isEqualTo("FORWARDED");
		assertThat(forwarded.owner().value()).isEqualTo("YL");
		assertThat(forwarded.location()).isEqualTo(CaseLocation.COUNTY_HUB);
	}

	@Test
	void refuses_unbounded_lists() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.cases.recentlyChanged(0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.cases.recentlyChanged(CaseListService.MAX_LIMIT + 1));
	}

	@Test
	void knows_that_the_demo_node_holds_cases() {
		assertThat(this.cases.isEmpty()).isFalse();
	}

}
