package org.bianmin.hub.benchmark;

import org.bianmin.hub.DemoHubTest;
import org.bianmin.hub.cases.CaseFiguresService;
import org.bianmin.hub.cases.CaseListService;
import org.bianmin.hub.review.ReviewService;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark hook keeps working: it runs on the demo county. */
@DemoHubTest
class CountyQueriesTest {

	@Autowired
	private CaseListService lists;

	@Autowired
	private CaseFiguresService figures;

	@Autowired
	private ReviewService review;

	@Test
	void the_measured_operations_run_and_read_rows() {
		CountyQueries queries = new CountyQueries(this.lists, this.figures, this.review);

		assertThat(queries.dashboard(CountyQueries.supervisor())).isPositive();
		assertThat(queries.search(CountyQueries.supervisor(), "吴", "BS", TimeLimitStatus.RED)).isPositive();
		assertThat(queries.inbox(CountyQueries.reviewer("县民政局"))).isPositive();
	}

}
