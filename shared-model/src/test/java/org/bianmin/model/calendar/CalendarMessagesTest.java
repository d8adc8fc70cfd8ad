package org.bianmin.model.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarMessagesTest {

	private final Properties chinese = load("/bianmin-model-i18n/calendar.properties");

	private final Properties english = load("/bianmin-model-i18n/calendar_en.properties");

	@Test
	void every_problem_has_a_text_in_both_languages() {
		for (CalendarProblem.Rule rule : CalendarProblem.Rule.values()) {
			assertThat(this.chinese).as("zh").containsKey(rule.messageKey());
			assertThat(this.english).as("en").containsKey(rule.messageKey());
		}
	}

	@Test
	void every_status_has_a_label_in_both_languages() {
		for (TimeLimitStatus status : TimeLimitStatus.values()) {
			assertThat(this.chinese).containsKey("calendar.status." + status.name());
			assertThat(this.english).containsKey("calendar.status." + status.name());
		}
	}

	@Test
	void both_languages_have_the_same_keys_and_chinese_is_read_as_utf8() {
		assertThat(this.english.keySet()).isEqualTo(this.chinese.keySet());
		assertThat(this.chinese.getProperty("calendar.status.RED")).isEqualTo("超期");
	}

	static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = Objects.requireNonNull(CalendarMessagesTest.class.getResourceAsStream(resource),
				resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
