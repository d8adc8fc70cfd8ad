package org.bianmin.hub.calendar.persistence;

import java.time.Instant;
import java.util.List;

import org.bianmin.model.calendar.HolidayYear;

/** Published holiday arrangements; the latest revision of a year is in effect. */
public interface HolidayYearRepository {

	/** Stores a year as its next revision, in the caller's transaction. */
	int insert(HolidayYear year, Instant at, String by);

	/** The latest revision of every published year, oldest year first. */
	List<HolidayYear> latestOfEachYear();

}
