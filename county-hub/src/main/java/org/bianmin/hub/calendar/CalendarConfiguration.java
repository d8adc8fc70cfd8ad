package org.bianmin.hub.calendar;

import org.bianmin.model.calendar.TimeLimitClock;
import org.bianmin.model.calendar.WorkingCalendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The working-day calendar from the holiday years in effect at startup (the State
 * Council's notices shipped with shared-model, replaced year by year by what an
 * administrator published here), and the clock that counts time limits on it.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	WorkingCalendar workingCalendar(HolidayCalendarService holidays) {
		return holidays.calendar();
	}

	@Bean
	TimeLimitClock timeLimitClock(WorkingCalendar calendar, TimeLimitSettings settings) {
		return new TimeLimitClock(calendar, settings.warningWorkingDays());
	}

}
