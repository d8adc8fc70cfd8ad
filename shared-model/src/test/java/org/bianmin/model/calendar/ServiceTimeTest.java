package org.bianmin.model.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceTimeTest {

	@Test
	void an_event_late_in_the_utc_evening_falls_on_the_next_county_day() {
		assertThat(ServiceTime.dayOf(Instant.parse("2025-09-30T16:30:00Z"))).isEqualTo(LocalDate.of(2025, 10, 1));
		assertThat(ServiceTime.dayOf(Instant.parse("2025-09-30T15:59:59Z"))).isEqualTo(LocalDate.of(2025, 9, 30));
	}

	@Test
	void today_ignores_the_zone_of_the_injected_clock() {
		Clock utc = Clock.fixed(Instant.parse("2025-09-30T16:30:00Z"), ZoneOffset.UTC);

		assertThat(ServiceTime.today(utc)).isEqualTo(LocalDate.of(2025, 10, 1));
	}

}
