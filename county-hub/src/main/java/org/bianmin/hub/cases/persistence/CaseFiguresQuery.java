package org.bianmin.hub.cases.persistence;

import java.time.LocalDate;
import java.util.List;

import org.bianmin.hub.cases.CaseFilter;
import org.bianmin.hub.cases.Grouping;
import org.bianmin.hub.cases.HandlingTime;
import org.bianmin.hub.cases.OpenCases;
import org.bianmin.hub.cases.RatingCounts;
import org.bianmin.hub.cases.RatingDimension;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.RatingLevel;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.hub.jooq.Tables.CASES;

/**
 * The supervisor's figures, each one GROUP BY over the projection: open cases (a small
 * share of a county's years of cases, found through the status index), cases decided in a
 * period (the decided_at index) and ratings in a period (the rated_on index). No event is
 * read, so the dashboard costs the same with a million cases as with a thousand.
 */
@Repository
public class CaseFiguresQuery {

	private final DSLContext dsl;

	CaseFiguresQuery(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Open cases by colour per township or department, today. */
	@Transactional(readOnly = true)
	public List<OpenCases> openCases(Grouping grouping, LocalDate today) {
		Field<String> key = key(grouping);
		Condition running = CaseListQuery.running().and(CASES.CLOCK_PAUSED.isFalse());
		return this.dsl
			.select(key, count(running.and(CaseListQuery.is(TimeLimitStatus.GREEN, today))),
					count(running.and(CaseListQuery.is(TimeLimitStatus.YELLOW, today))),
					count(running.and(CaseListQuery.is(TimeLimitStatus.RED, today))),
					count(CaseListQuery.waitingOnApplicant()))
			.from(CASES)
			.where(CASES.STATUS.in(open()))
			.groupBy(key)
			.orderBy(key.asc().nullsLast())
			.fetch((r) -> new OpenCases(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

	/** Handling time of the cases decided from one day to another (inclusive). */
	@Transactional(readOnly = true)
	public List<HandlingTime> handlingTime(Grouping grouping, LocalDate from, LocalDate to) {
		Field<String> key = key(grouping);
		return this.dsl
			.select(key, DSL.count(), DSL.avg(CASES.HANDLING_DAYS), DSL.avg(CASES.PROMISED_LIMIT_DAYS),
					count(CASES.HANDLING_DAYS.gt(CASES.PROMISED_LIMIT_DAYS)))
			.from(CASES)
			.where(CASES.DECIDED_AT.ge(CaseListQuery.startOf(from))
				.and(CASES.DECIDED_AT.lt(CaseListQuery.startOf(to.plusDays(1))))
				.and(CASES.HANDLING_DAYS.isNotNull()))
			.groupBy(key)
			.orderBy(key.asc().nullsLast())
			.fetch((r) -> new HandlingTime(r.value1(), r.value2(), number(r.value3()), number(r.value4()), r.value5()));
	}

	/** Ratings on the five levels from one day to another (inclusive). */
	@Transactional(readOnly = true)
	public List<RatingCounts> ratings(RatingDimension dimension, LocalDate from, LocalDate to) {
		Field<String> key = switch (dimension) {
			case TOWNSHIP -> CASES.TOWNSHIP_NODE;
			case WINDOW -> CASES.FILED_NODE;
			case CLERK -> CASES.ACCEPTED_BY_NAME;
			case ITEM -> CASES.ITEM_NAME;
			// yyyyMM from the county's day of the rating, in SQL both databases speak;
			// inline numbers, so that the GROUP BY expression is the selected one
			case MONTH -> DSL.year(CASES.RATED_ON)
				.mul(DSL.inline(100))
				.add(DSL.month(CASES.RATED_ON))
				.cast(SQLDataType.VARCHAR(6));
		};
		RatingLevel[] levels = RatingLevel.values();
		return this.dsl
			.select(key, count(CASES.RATING_LEVEL.eq(levels[0].name())), count(CASES.RATING_LEVEL.eq(levels[1].name())),
					count(CASES.RATING_LEVEL.eq(levels[2].name())), count(CASES.RATING_LEVEL.eq(levels[3].name())),
					count(CASES.RATING_LEVEL.eq(levels[4].name())))
			.from(CASES)
			.where(CASES.RATED_ON.between(from, to))
			.groupBy(key)
			.orderBy(key.asc().nullsLast())
			.fetch((r) -> new RatingCounts((dimension == RatingDimension.MONTH) ? month(r.value1()) : r.value1(),
					new int[] { r.value2(), r.value3(), r.value4(), r.value5(), r.value6() }));
	}

	/** 202603 → 2026-03. */
	private static @org.jspecify.annotations.Nullable String month(@org.jspecify.annotations.Nullable String yyyymm) {
		return (yyyymm != null && yyyymm.length() == 6) ? yyyymm.substring(0, 4) + "-" + yyyymm.substring(4) : yyyymm;
	}

	/** Open: the clock runs, or the case waits for a correction. */
	private static List<String> open() {
		return java.util.stream.Stream
			.concat(CaseFilter.RUNNING.stream(), java.util.stream.Stream.of(CaseStatus.NEEDS_CORRECTION))
			.map(CaseStatus::name)
			.toList();
	}

	private static Field<String> key(Grouping grouping) {
		return switch (grouping) {
			case TOWNSHIP -> CASES.TOWNSHIP_NODE;
			case DEPARTMENT -> CASES.DEPARTMENT;
		};
	}

	private static Field<Integer> count(Condition condition) {
		return DSL.sum(DSL.when(condition, DSL.inline(1)).else_(DSL.inline(0))).cast(SQLDataType.INTEGER);
	}

	private static double number(java.math.@org.jspecify.annotations.Nullable BigDecimal value) {
		return (value != null) ? value.doubleValue() : 0;
	}

}
