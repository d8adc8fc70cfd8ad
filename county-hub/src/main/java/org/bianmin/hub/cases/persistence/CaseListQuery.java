package org.bianmin.hub.cases.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.bianmin.hub.cases.CaseFilter;
import org.bianmin.hub.cases.CaseRow;
import org.bianmin.hub.cases.CaseScope;
import org.bianmin.hub.cases.CaseSort;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.TimeLimitStatus;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.InvalidQueryCodeException;
import org.bianmin.model.cases.QueryCode;
import org.bianmin.model.cases.RatingLevel;
import org.bianmin.model.resident.InvalidResidentIdException;
import org.bianmin.model.resident.ResidentId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static org.bianmin.hub.jooq.Tables.CASES;

/**
 * The county's lists of cases (the reviewer's inbox, search, the supervisor's
 * drill-downs, exports) from the projection alone, one page at a time. The colour is
 * worked out here from the time-limit dates the projection keeps and the day asked about,
 * so that filtering by colour happens in the database. Every filter maps to an indexed
 * column (see V10), so a page costs the same with a million cases as with a thousand.
 */
@Repository
public class CaseListQuery {

	private static final int EXPORT_FETCH_SIZE = 500;

	private final DSLContext dsl;

	CaseListQuery(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** One page of cases. */
	@Transactional(readOnly = true)
	public List<CaseRow> page(CaseScope scope, CaseFilter filter, CaseSort sort, boolean descending, int offset,
			int limit, LocalDate today) {
		Field<String> colour = colour(today).as("colour");
		return this.dsl.select(columns(colour))
			.from(CASES)
			.where(condition(scope, filter, today))
			.orderBy(order(sort, descending), CASES.ID)
			.offset(offset)
			.limit(limit)
			.fetch((r) -> row(r, colour, today));
	}

	/**
	 * How many cases the filter lets through, counted up to a cap: an exact count of a
	 * million rows is a scan, and a person needs no more than "over 10,000".
	 */
	@Transactional(readOnly = true)
	public int count(CaseScope scope, CaseFilter filter, LocalDate today, int cap) {
		return this.dsl.fetchCount(this.dsl.selectOne().from(CASES).where(condition(scope, filter, today)).limit(cap));
	}

	/** Every case the filter lets through, streamed from the database (for exports). */
	@Transactional(readOnly = true)
	public void forEach(CaseScope scope, CaseFilter filter, CaseSort sort, boolean descending, LocalDate today,
			Consumer<CaseRow> consumer) {
		Field<String> colour = colour(today).as("colour");
		try (var rows = this.dsl.select(columns(colour))
			.from(CASES)
			.where(condition(scope, filter, today))
			.orderBy(order(sort, descending), CASES.ID)
			.fetchSize(EXPORT_FETCH_SIZE)
			.fetchLazy()) {
			for (Record r : rows) {
				consumer.accept(row(r, colour, today));
			}
		}
	}

	/** One case's row, if the case is here and in scope. */
	@Transactional(readOnly = true)
	public Optional<CaseRow> find(CaseScope scope, CaseId id, LocalDate today) {
		Field<String> colour = colour(today).as("colour");
		return this.dsl.select(columns(colour))
			.from(CASES)
			.where(scope(scope).and(CASES.ID.eq(id.value())))
			.fetchOptional((r) -> row(r, colour, today));
	}

	/** The accepting townships that have cases, for filters. */
	@Transactional(readOnly = true)
	public List<String> townships() {
		return this.dsl.selectDistinct(CASES.TOWNSHIP_NODE)
			.from(CASES)
			.where(CASES.TOWNSHIP_NODE.isNotNull())
			.orderBy(CASES.TOWNSHIP_NODE)
			.fetch(CASES.TOWNSHIP_NODE);
	}

	private static SelectField<?>[] columns(Field<String> colour) {
		return new SelectField<?>[] { CASES.ID, CASES.QUERY_CODE, CASES.ITEM_CODE, CASES.ITEM_NAME, CASES.DEPARTMENT,
				CASES.TOWNSHIP_NODE, CASES.FILED_NODE, CASES.VILLAGE, CASES.APPLICANT_NAME, CASES.RESIDENT_ID,
				CASES.STATUS, colour, CASES.CLOCK_PAUSED, CASES.PROMISED_DUE, CASES.FILED_AT, CASES.ACCEPTED_AT,
				CASES.DECIDED_AT, CASES.ACCEPTED_BY_NAME, CASES.RATING_LEVEL, CASES.FOLLOW_UP_DUE,
				CASES.FOLLOW_UP_CLOSED_AT };
	}

	static Condition scope(CaseScope scope) {
		if (scope.everything()) {
			return DSL.noCondition();
		}
		return (scope.department() != null) ? CASES.DEPARTMENT.eq(scope.department()) : DSL.falseCondition();
	}

	private static Condition condition(CaseScope scope, CaseFilter filter, LocalDate today) {
		Condition condition = scope(scope);
		if (filter.queryCode() != null) {
			condition = condition.and(queryCode(filter.queryCode()));
		}
		if (filter.resident() != null) {
			condition = condition.and(resident(filter.resident(), today));
		}
		if (filter.itemCode() != null) {
			condition = condition.and(CASES.ITEM_CODE.eq(filter.itemCode()));
		}
		if (filter.department() != null) {
			condition = condition.and(CASES.DEPARTMENT.eq(filter.department()));
		}
		if (filter.township() != null) {
			condition = condition.and(CASES.TOWNSHIP_NODE.eq(filter.township()));
		}
		if (filter.village() != null) {
			condition = condition.and(CASES.VILLAGE.eq(filter.village()));
		}
		if (!filter.statuses().isEmpty()) {
			condition = condition.and(CASES.STATUS.in(filter.statuses().stream().map(CaseStatus::name).toList()));
		}
		if (filter.colour() != null) {
			condition = condition.and(is(filter.colour(), today));
		}
		if (filter.filedFrom() != null) {
			condition = condition.and(CASES.FILED_AT.ge(startOf(filter.filedFrom())));
		}
		if (filter.filedTo() != null) {
			condition = condition.and(CASES.FILED_AT.lt(startOf(filter.filedTo().plusDays(1))));
		}
		if (filter.owner() != null) {
			condition = condition.and(CASES.OWNER_NODE.eq(filter.owner()));
		}
		if (filter.running()) {
			condition = condition.and(running());
		}
		if (filter.waitingOnApplicant()) {
			condition = condition.and(waitingOnApplicant());
		}
		if (filter.rating() != null) {
			condition = condition.and(CASES.RATING_LEVEL.eq(filter.rating().name()));
		}
		if (filter.followUp() != null) {
			condition = condition.and(followUp(filter.followUp(), today));
		}
		return condition;
	}

	/** A mistyped query code matches nothing rather than failing the search. */
	private static Condition queryCode(String typed) {
		try {
			return CASES.QUERY_CODE.eq(QueryCode.parse(typed).value());
		}
		catch (InvalidQueryCodeException ex) {
			return DSL.falseCondition();
		}
	}

	/** An ID number in any form matches exactly; anything else is the start of a name. */
	private static Condition resident(String typed, LocalDate today) {
		try {
			return CASES.RESIDENT_ID.eq(ResidentId.parse(typed, today).value());
		}
		catch (InvalidResidentIdException ex) {
			if (typed.chars().filter(Character::isDigit).count() >= 6) {
				// digits that are no valid ID number are no name either
				return DSL.falseCondition();
			}
			return CASES.APPLICANT_NAME.startsWith(typed);
		}
	}

	static Condition running() {
		return CASES.STATUS.in(CaseFilter.RUNNING.stream().map(CaseStatus::name).toList());
	}

	static Condition waitingOnApplicant() {
		return CASES.CLOCK_PAUSED.isTrue().or(CASES.STATUS.eq(CaseStatus.NEEDS_CORRECTION.name()));
	}

	static Condition followUp(CaseFilter.FollowUpState state, LocalDate today) {
		Condition open = CASES.FOLLOW_UP_DUE.isNotNull().and(CASES.FOLLOW_UP_CLOSED_AT.isNull());
		return switch (state) {
			case ALL -> CASES.FOLLOW_UP_DUE.isNotNull();
			case OPEN -> open.and(CASES.FOLLOW_UP_DUE.ge(today));
			case OVERDUE -> open.and(CASES.FOLLOW_UP_DUE.lt(today));
			case CLOSED -> CASES.FOLLOW_UP_CLOSED_AT.isNotNull();
		};
	}

	/**
	 * A finished case is judged on the day its clock stopped, a running one on today; the
	 * due date and first yellow day are null while the clock has not started or is
	 * paused, so such a case has no colour.
	 */
	static Condition is(TimeLimitStatus colour, LocalDate today) {
		Field<LocalDate> day = DSL.coalesce(CASES.CLOCK_STOPPED_ON, DSL.val(today));
		return switch (colour) {
			case RED -> CASES.PROMISED_DUE.lt(day);
			case YELLOW -> CASES.PROMISED_YELLOW_FROM.le(day).and(CASES.PROMISED_DUE.ge(day));
			case GREEN -> CASES.PROMISED_YELLOW_FROM.gt(day);
		};
	}

	static Field<String> colour(LocalDate today) {
		return DSL.when(is(TimeLimitStatus.RED, today), DSL.inline(TimeLimitStatus.RED.name()))
			.when(is(TimeLimitStatus.YELLOW, today), DSL.inline(TimeLimitStatus.YELLOW.name()))
			.when(is(TimeLimitStatus.GREEN, today), DSL.inline(TimeLimitStatus.GREEN.name()))
			.else_(DSL.inline((String) null));
	}

	private static SortField<?> order(CaseSort sort, boolean descending) {
		Field<?> field = switch (sort) {
			case FILED_AT -> CASES.FILED_AT;
			case PROMISED_DUE -> CASES.PROMISED_DUE;
			case STATUS -> CASES.STATUS;
			case ITEM -> CASES.ITEM_CODE;
			case TOWNSHIP -> CASES.TOWNSHIP_NODE;
			case APPLICANT -> CASES.APPLICANT_NAME;
			case QUERY_CODE -> CASES.QUERY_CODE;
			case FOLLOW_UP_DUE -> CASES.FOLLOW_UP_DUE;
		};
		// cases without a due date (not accepted, paused) go last either way
		return descending ? field.desc().nullsLast() : field.asc().nullsLast();
	}

	private static CaseRow row(Record r, Field<String> colour, LocalDate today) {
		String colourName = r.get(colour);
		String rating = r.get(CASES.RATING_LEVEL);
		LocalDate followUpDue = r.get(CASES.FOLLOW_UP_DUE);
		OffsetDateTime followUpClosed = r.get(CASES.FOLLOW_UP_CLOSED_AT);
		return new CaseRow(CaseId.of(r.get(CASES.ID)), QueryCode.of(r.get(CASES.QUERY_CODE)).display(),
				r.get(CASES.ITEM_CODE), r.get(CASES.ITEM_NAME), r.get(CASES.DEPARTMENT), r.get(CASES.TOWNSHIP_NODE),
				r.get(CASES.FILED_NODE), r.get(CASES.VILLAGE), r.get(CASES.APPLICANT_NAME),
				ResidentId.of(r.get(CASES.RESIDENT_ID)).masked(), CaseStatus.valueOf(r.get(CASES.STATUS)),
				(colourName != null) ? TimeLimitStatus.valueOf(colourName) : null, r.get(CASES.CLOCK_PAUSED),
				r.get(CASES.PROMISED_DUE), r.get(CASES.FILED_AT).toInstant(), instant(r.get(CASES.ACCEPTED_AT)),
				instant(r.get(CASES.DECIDED_AT)), r.get(CASES.ACCEPTED_BY_NAME),
				(rating != null) ? RatingLevel.valueOf(rating) : null, followUpDue, instant(followUpClosed),
				followUpDue != null && followUpClosed == null && followUpDue.isBefore(today));
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

	static OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(ServiceTime.SERVICE_ZONE).toOffsetDateTime();
	}

}
