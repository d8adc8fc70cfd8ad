package org.bianmin.model.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bundled holiday years the way an app does: with its own Jackson mapper.
 */
final class BundledHolidays {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private BundledHolidays() {
	}

	static List<HolidayYear> years() {
		return HolidayYear.BUNDLED_RESOURCES.stream().map(BundledHolidays::read).toList();
	}

	static WorkingCalendar calendar() {
		return WorkingCalendar.of(years());
	}

	static HolidayYear read(String resource) {
		try (InputStream in = Objects.requireNonNull(HolidayYear.class.getResourceAsStream(resource), resource)) {
			return MAPPER.readValue(in, HolidayYear.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
