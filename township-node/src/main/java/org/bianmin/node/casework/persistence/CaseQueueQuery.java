package org.bianmin.node.casework.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.QueryCode;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.node.casework.ItemChoice;
import org.bianmin.node.casework.QueueFilter;
import org.bianmin.node.casework.QueueRow;
import org.bianmin.node.casework.QueueSort;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.node.jooq.Tables.CASES;

/**
 * The window's queue: the cases this node holds, one page at a time. The time-limit
 * colour is worked out here from the dates the projection keeps and the day asked about,
 * so that filtering by colour happens in the database, not on a fetched page.
 */
@Repository
public class CaseQueueQuery {

	private final DSLContext dsl;

	CaseQueueQuery(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * One page of the queue.
	 * @param filter what the user narrowed it to
	 * @param filedBy only cases filed by this user (an agent's own cases), or all
	 * @param sort the sort field
	 * @param descending whether the sort is descending
	 * @param offset rows to skip
	 * @param limit rows to return at most
	 * @param today the county's today, for colours and ages
	 */
	@Transactional(readOnly = true)
	public List<QueueRow> page(QueueFilter filter, @Nullable String filedBy, QueueSort sort, boolean descending,
			int offset, int limit, LocalDate today) {
		Field<String> colour = colour(today).as("colour");
		return this.dsl
			.select(CASES.ID, CASES.QUERY_CODE, CASES.ITEM_NAME, CASES.APPLICANT_NAME, CASES.RESIDENT_ID, CASES.VILLAGE,
					CASES.STATUS, colour, CASES.CLOCK_PAUSED, CASES.PROMISED_DUE, CASES.FILED_AT)
			.from(CASES)
			.where(condition(filter, filedBy, today))
			.orderBy(order(sort, descending), CASES.ID)
			.offset(offset)
			.limit(limit)
			.fetch((r) -> row(r, colour, today));
	}

	/** How many cases the filter lets through. */
	@Transactional(readOnly = true)
	public int count(QueueFilter filter, @Nullable String filedBy, LocalDate today) {
		return this.dsl.fetchCount(CASES, condition(filter, filedBy, today));
	}

	/** The villages of the cases held here, for the village filter. */
	@Transactional(readOnly = true)
	public List<String> villages() {
		return this.dsl.selectDistinct(CASES.VILLAGE).from(CASES).orderBy(CASES.VILLAGE).fetch(CASES.VILLAGE);
	}

	/** The items of the cases held here, for the item filter. */
	@Transactional(readOnly = true)
	public List<ItemChoice> items() {
		return this.dsl.selectDistinct(CASES.ITEM_CODE, CASES.ITEM_NAME)
			.from(CASES)
			.orderBy(CASES.ITEM_CODE)
			.fetch((r) -> new ItemChoice(r.value1(), r.value2()));
	}

	private static Condition condition(QueueFilter filter, @Nullable String filedBy, LocalDate today) {
		Condition condition = DSL.noCondition();
		if (filedBy != null) {
			condition = condition.and(CASES.FILED_BY.eq(filedBy));
		}
		if (filter.status() != null) {
			condition = condition.and(CASES.STATUS.eq(filter.status().name()));
		}
		if (filter.itemCode() != null) {
			condition = condition.and(CASES.ITEM_CODE.eq(filter.itemCode()));
		}
		if (filter.village() != null) {
			condition = condition.and(CASES.VILLAGE.eq(filter.village()));
		}
		if (filter.colour() != null) {
			condition = condition.and(is(filter.colour(), today));
		}
		if (filter.onlyYellowAndRed()) {
			condition = condition.and(is(TimeLimitStatus.YELLOW, today).or(is(TimeLimitStatus.RED, today)));
		}
		if (filter.minAgeDays() != null) {
			// filed on or before (today - age): before the start of the day after that
			LocalDate lastDay = today.minusDays(filter.minAgeDays());
			condition = condition.and(CASES.FILED_AT.lt(startOf(lastDay.plusDays(1))));
		}
		return condition;
	}

	/**
	 * A finished case is judged on the day its clock stopped, a running one on today; the
	 * due date and first yellow day are null while the clock has not started or is
	 * paused, so such a case has no colour.
	 */
	private static Condition is(TimeLimitStatus colour, LocalDate today) {
		Field<LocalDate> day = DSL.coalesce(CASES.CLOCK_STOPPED_ON, DSL.val(today));
		return switch (colour) {
			case RED -> CASES.PROMISED_DUE.lt(day);
			case YELLOW -> CASES.PROMISED_YELLOW_FROM.le(day).and(CASES.PROMISED_DUE.ge(day));
			case GREEN -> CASES.PROMISED_YELLOW_FROM.gt(day);
		};
	}

	private static Field<String> colour(LocalDate today) {
		return DSL.when(is(TimeLimitStatus.RED, today), DSL.inline(TimeLimitStatus.RED.name()))
			.when(is(TimeLimitStatus.YELLOW, today), DSL.inline(TimeLimitStatus.YELLOW.name()))
			.when(is(TimeLimitStatus.GREEN, today), DSL.inline(TimeLimitStatus.GREEN.name()))
			.else_(DSL.inline((String) null));
	}

	private static SortField<?> order(QueueSort sort, boolean descending) {
		Field<?> field = switch (sort) {
			case FILED_AT -> CASES.FILED_AT;
			case PROMISED_DUE -> CASES.PROMISED_DUE;
			case STATUS -> CASES.STATUS;
			case ITEM -> CASES.ITEM_CODE;
			case VILLAGE -> CASES.VILLAGE;
			case APPLICANT -> CASES.APPLICANT_NAME;
			case QUERY_CODE -> CASES.QUERY_CODE;
		};
		// cases without a due date (not accepted, paused) go last either way
		return descending ? field.desc().nullsLast() : field.asc().nullsLast();
	}

	private static QueueRow row(Record r, Field<String> colour, LocalDate today) {
		String colourName = r.get(colour);
		OffsetDateTime filedAt = r.get(CASES.FILED_AT);
		LocalDate filedOn = ServiceTime.dayOf(filedAt.toInstant());
		UUID id = r.get(CASES.ID);
		return new QueueRow(CaseId.of(id), QueryCode.of(r.get(CASES.QUERY_CODE)).display(), r.get(CASES.ITEM_NAME),
				r.get(CASES.APPLICANT_NAME), ResidentId.of(r.get(CASES.RESIDENT_ID)).masked(), r.get(CASES.VILLAGE),
				CaseStatus.valueOf(r.get(CASES.STATUS)),
				(colourName != null) ? TimeLimitStatus.valueOf(colourName) : null, r.get(CASES.CLOCK_PAUSED),
				r.get(CASES.PROMISED_DUE), filedAt.toInstant(), (int) ChronoUnit.DAYS.between(filedOn, today));
	}

	private static OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(ServiceTime.SERVICE_ZONE).toOffsetDateTime();
	}

}
