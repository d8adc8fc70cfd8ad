package org.bianmin.hub.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.staff.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two languages must say the same things: a key in one file and not in the other is a
 * screen that shows a marker instead of text in one language.
 */
class TranslationsTest {

	private static final Properties CHINESE = load("vaadin-i18n/translations.properties");

	private static final Properties ENGLISH = load("vaadin-i18n/translations_en.properties");

	@Test
	void english_and_chinese_have_the_same_keys() {
		assertThat(ENGLISH.stringPropertyNames()).as("keys of translations_en.properties")
			.containsExactlyInAnyOrderElementsOf(CHINESE.stringPropertyNames());
	}

	@ParameterizedTest
	@ValueSource(strings = { "lists", "review", "search", "supervision" })
	void every_feature_file_pair_has_the_same_keys(String feature) {
		Properties chinese = load("vaadin-i18n/" + feature + ".properties");
		Properties english = load("vaadin-i18n/" + feature + "_en.properties");

		assertThat(english.stringPropertyNames()).as("keys of " + feature + "_en.properties")
			.isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
	}

	@Test
	void every_role_and_node_level_has_a_label() {
		List<String> keys = List
			.of(Arrays.stream(Role.values()).map(RoleLabels::key),
					Arrays.stream(NodeLevel.values()).map(NodeLevelLabels::key))
			.stream()
			.flatMap((stream) -> stream)
			.toList();

		assertThat(CHINESE.stringPropertyNames()).containsAll(keys);
		assertThat(ENGLISH.stringPropertyNames()).containsAll(keys);
	}

	@Test
	void every_role_says_what_it_can_do_on_the_home_page() {
		Set<String> chinese = CHINESE.stringPropertyNames();
		for (Role role : Role.values()) {
			assertThat(chinese).contains("home.duty." + role.name());
		}
	}

	@Test
	void chinese_texts_are_read_as_utf8() {
		assertThat(CHINESE.getProperty("nav.home")).isEqualTo("首页");
		assertThat(CHINESE.getProperty(RoleLabels.key(Role.PROXY_AGENT))).isEqualTo("代办员");
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
