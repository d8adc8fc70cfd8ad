package org.bianmin.node.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the time-limit clock ({@code bianmin.time-limits.*}).
 *
 * @param warningWorkingDays a case turns yellow when this many working days or fewer are
 * left
 */
@ConfigurationProperties("bianmin.time-limits")
public record TimeLimitSettings(@DefaultValue("2") int warningWorkingDays) {

	public TimeLimitSettings {
		if (warningWorkingDays < 0 || warningWorkingDays > 30) {
			throw new IllegalArgumentException(
					"bianmin.time-limits.warning-working-days must be between 0 and 30, but is " + warningWorkingDays);
		}
	}

}
