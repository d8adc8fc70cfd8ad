package org.bianmin.hub.calendar.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.bianmin.model.calendar.HolidayYear;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import static org.bianmin.hub.jooq.Tables.HOLIDAY_YEAR;

@Repository
class JooqHolidayYearRepository implements HolidayYearRepository {

	private final DSLContext dsl;

	private final JsonMapper json;

	JooqHolidayYearRepository(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public int insert(HolidayYear year, Instant at, String by) {
		int revision = this.dsl.select(DSL.coalesce(DSL.max(HOLIDAY_YEAR.REVISION), 0))
			.from(HOLIDAY_YEAR)
			.where(HOLIDAY_YEAR.CALENDAR_YEAR.eq(year.year()))
			.fetchSingle()
			.value1() + 1;
		this.dsl.insertInto(HOLIDAY_YEAR)
			.set(HOLIDAY_YEAR.CALENDAR_YEAR, year.year())
			.set(HOLIDAY_YEAR.REVISION, revision)
			.set(HOLIDAY_YEAR.DOCUMENT, this.json.writeValueAsString(year))
			.set(HOLIDAY_YEAR.PUBLISHED_AT, at.atOffset(ZoneOffset.UTC))
			.set(HOLIDAY_YEAR.PUBLISHED_BY, by)
			.execute();
		return revision;
	}

	@Override
	@Transactional(readOnly = true)
	public List<HolidayYear> latestOfEachYear() {
		var latest = this.dsl.select(HOLIDAY_YEAR.CALENDAR_YEAR, DSL.max(HOLIDAY_YEAR.REVISION).as("latest"))
			.from(HOLIDAY_YEAR)
			.groupBy(HOLIDAY_YEAR.CALENDAR_YEAR)
			.asTable("latest");
		return this.dsl.select(HOLIDAY_YEAR.DOCUMENT)
			.from(HOLIDAY_YEAR)
			.join(latest)
			.on(HOLIDAY_YEAR.CALENDAR_YEAR.eq(latest.field(HOLIDAY_YEAR.CALENDAR_YEAR))
				.and(HOLIDAY_YEAR.REVISION.eq(latest.field("latest", Integer.class))))
			.orderBy(HOLIDAY_YEAR.CALENDAR_YEAR)
			.fetch((row) -> this.json.readValue(row.value1(), HolidayYear.class));
	}

}
