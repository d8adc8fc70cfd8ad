package org.bianmin.hub.calendar;

import org.bianmin.model.calendar.HolidayYear;
import org.bianmin.model.calendar.TimeLimitClock;
import org.bianmin.model.calendar.WorkingCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The working-day calendar from the holiday years shared-model ships (the State Council's
 * notices), and the clock that counts time limits on it.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	WorkingCalendar workingCalendar(JsonMapper json) {
		return WorkingCalendar.of(HolidayYear.loadBundled((in) -> json.readValue(in, HolidayYear.class)));
	}

	@Bean
	TimeLimitClock timeLimitClock(WorkingCalendar calendar, TimeLimitSettings settings) {
		return new TimeLimitClock(calendar, settings.warningWorkingDays());
	}

}
