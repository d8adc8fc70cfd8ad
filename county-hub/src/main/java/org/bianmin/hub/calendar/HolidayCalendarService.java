package org.bianmin.hub.calendar;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bianmin.hub.audit.AuditAction;
import org.bianmin.hub.audit.AuditTrail;
import org.bianmin.hub.calendar.persistence.HolidayYearRepository;
import org.bianmin.model.calendar.HolidayYear;
import org.bianmin.model.calendar.WorkingCalendar;
import org.bianmin.model.cases.StaffRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The holiday calendar (节假日安排) per year: an administrator publishes a year's holidays and
 * make-up working days; a published year replaces the same year shipped with
 * shared-model. Nodes receive the published years by sync
 * ({@link #publishedCalendarYears()}).
 * <p>
 * The {@code WorkingCalendar} and {@code TimeLimitClock} beans are built from
 * {@link #effectiveYears()} when the hub starts; {@link #calendar()} always answers with
 * what is published now. A year is published months before it begins, so the beans of a
 * running hub meet it at their next start (every deployment restarts them); see
 * docs/adr/0028.
 */
@Service
public class HolidayCalendarService {

	private final HolidayYearRepository years;

	private final List<HolidayYear> bundled;

	private final AuditTrail audit;

	private final Clock clock;

	HolidayCalendarService(HolidayYearRepository years, JsonMapper json, AuditTrail audit, Clock clock) {
		this.years = years;
		this.bundled = HolidayYear.loadBundled((in) -> json.readValue(in, HolidayYear.class));
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Publishes a year's arrangement, replacing what was in effect for that year.
	 * @param year the arrangement, already checked by its own rules
	 * @param by the administrator
	 * @return the revision stored for the year (1 for its first publication)
	 */
	@Transactional
	public int publish(HolidayYear year, StaffRef by) {
		int revision = this.years.insert(year, this.clock.instant().truncatedTo(ChronoUnit.MICROS), by.userId());
		this.audit.record(by, AuditAction.HOLIDAYS_PUBLISHED, year.year() + " 年", "第" + revision + "次发布；放假 "
				+ year.holidays().size() + " 天，调休上班 " + year.makeUpWorkdays().size() + " 天；" + year.source());
		return revision;
	}

	/**
	 * The years administrators published here, the latest revision of each, oldest first:
	 * what the nodes must receive by sync.
	 */
	@Transactional(readOnly = true)
	public List<HolidayYear> publishedCalendarYears() {
		return this.years.latestOfEachYear();
	}

	/** Every year in effect: published ones, and bundled ones nobody replaced. */
	@Transactional(readOnly = true)
	public List<EffectiveYear> effectiveYears() {
		Map<Integer, EffectiveYear> byYear = new TreeMap<>();
		for (HolidayYear year : this.bundled) {
			byYear.put(year.year(), new EffectiveYear(year, EffectiveYear.Origin.BUNDLED));
		}
		for (HolidayYear year : this.years.latestOfEachYear()) {
			byYear.put(year.year(), new EffectiveYear(year, EffectiveYear.Origin.PUBLISHED));
		}
		return List.copyOf(byYear.values());
	}

	/** The working calendar of the years in effect now. */
	@Transactional(readOnly = true)
	public WorkingCalendar calendar() {
		return WorkingCalendar.of(effectiveYears().stream().map(EffectiveYear::year).toList());
	}

}
