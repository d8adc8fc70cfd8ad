package org.bianmin.hub.benchmark;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bianmin.hub.cases.CaseFiguresService;
import org.bianmin.hub.cases.CaseFilter;
import org.bianmin.hub.cases.CaseListService;
import org.bianmin.hub.cases.CaseSort;
import org.bianmin.hub.cases.Grouping;
import org.bianmin.hub.review.ReviewService;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark hook of the county's screens: the three operations the county benchmark
 * times (issue 5: dashboard &lt; 1 s, search &lt; 300 ms, inbox first page &lt; 300 ms),
 * made exactly as the screens make them, through the same services, so that a data
 * generator can time them on a loaded hub (H2 or PostgreSQL) without a browser. Each
 * returns something derived from every row it read, so nothing is optimised away.
 */
public final class CountyQueries {

	/** The first page the grids ask for. */
	public static final int FIRST_PAGE = 50;

	private final CaseListService lists;

	private final CaseFiguresService figures;

	private final ReviewService review;

	public CountyQueries(CaseListService lists, CaseFiguresService figures, ReviewService review) {
		this.lists = lists;
		this.figures = figures;
		this.review = review;
	}

	public static SignedInUser supervisor() {
		return new SignedInUser(UUID.randomUUID(), "supervisor", "钱丽华", EnumSet.of(Role.SUPERVISOR), "YL", null);
	}

	public static SignedInUser reviewer(String department) {
		return new SignedInUser(UUID.randomUUID(), "reviewer", "孙志强", EnumSet.of(Role.REVIEWER), "YL", department);
	}

	/**
	 * The dashboard as it opens: open cases by colour per township and per department,
	 * and the handling time of the last 30 days per township and per department.
	 * @return the number of figure rows
	 */
	public int dashboard(SignedInUser supervisor) {
		LocalDate today = this.figures.today();
		int rows = 0;
		for (Grouping grouping : Grouping.values()) {
			rows += this.figures.openCases(supervisor, grouping).size();
			rows += this.figures.handlingTime(supervisor, grouping, today.minusDays(30), today).size();
		}
		return rows;
	}

	/**
	 * A search as a supervisor makes it: the first page and the capped count.
	 * @param resident a name's beginning or an ID number, or null
	 * @param township a township's code, or null
	 * @param colour a colour, or null
	 * @return rows on the first page plus the count
	 */
	public int search(SignedInUser user, @Nullable String resident, @Nullable String township,
			@Nullable TimeLimitStatus colour) {
		CaseFilter filter = new CaseFilter(null, resident, null, null, township, null, Set.of(), colour, null, null,
				null, false, false, null, null);
		return firstPageAndCount(user, filter, CaseSort.FILED_AT, true);
	}

	/**
	 * A reviewer's inbox as it opens: most urgent first, the first page and the count.
	 * @return rows on the first page plus the count
	 */
	public int inbox(SignedInUser reviewer) {
		return firstPageAndCount(reviewer, this.review.inbox(CaseFilter.NONE), CaseSort.PROMISED_DUE, false);
	}

	private int firstPageAndCount(SignedInUser user, CaseFilter filter, CaseSort sort, boolean descending) {
		List<?> page = this.lists.page(user, filter, sort, descending, 0, FIRST_PAGE);
		return page.size() + this.lists.count(user, filter);
	}

}
