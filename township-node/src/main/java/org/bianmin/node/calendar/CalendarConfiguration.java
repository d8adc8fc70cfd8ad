package org.bianmin.node.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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
		List<HolidayYear> years = new ArrayList<>();
		for (String resource : HolidayYear.BUNDLED_RESOURCES) {
			try (InputStream in = HolidayYear.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("holiday data missing from the classpath: " + resource);
				}
				years.add(json.readValue(in, HolidayYear.class));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return WorkingCalendar.of(years);
	}

	@Bean
	TimeLimitClock timeLimitClock(WorkingCalendar calendar, TimeLimitSettings settings) {
		return new TimeLimitClock(calendar, settings.warningWorkingDays());
	}

}
