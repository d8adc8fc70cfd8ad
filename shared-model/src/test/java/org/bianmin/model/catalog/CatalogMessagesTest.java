package org.bianmin.model.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogMessagesTest {

	private final Properties chinese = load("/bianmin-model-i18n/catalog.properties");

	private final Properties english = load("/bianmin-model-i18n/catalog_en.properties");

	@Test
	void every_problem_and_mismatch_has_a_text_in_both_languages() {
		List<String> keys = new ArrayList<>();
		for (CatalogProblem.Rule rule : CatalogProblem.Rule.values()) {
			keys.add(rule.messageKey());
		}
		for (CatalogConsistency.Aspect aspect : CatalogConsistency.Aspect.values()) {
			keys.add(aspect.messageKey());
		}

		assertThat(this.chinese.stringPropertyNames()).containsAll(keys);
		assertThat(this.english.stringPropertyNames()).containsAll(keys);
	}

	@Test
	void every_type_category_and_form_has_a_label_in_both_languages() {
		List<String> keys = new ArrayList<>();
		for (ItemType type : ItemType.values()) {
			keys.add("catalog.type." + type.name());
		}
		for (ItemCategory category : ItemCategory.values()) {
			keys.add("catalog.category." + category.name());
		}
		for (MaterialForm form : MaterialForm.values()) {
			keys.add("catalog.form." + form.name());
		}

		assertThat(this.chinese.stringPropertyNames()).containsAll(keys);
		assertThat(this.english.stringPropertyNames()).containsAll(keys);
	}

	@Test
	void both_languages_have_the_same_keys_and_every_text_formats() {
		assertThat(this.english.stringPropertyNames()).isEqualTo(this.chinese.stringPropertyNames());
		for (Properties texts : List.of(this.chinese, this.english)) {
			for (String key : texts.stringPropertyNames()) {
				assertThat(MessageFormat.format(texts.getProperty(key), "S-001", "name", "x")).as(key).isNotBlank();
			}
		}
		assertThat(this.chinese.getProperty("catalog.category.INSTANT")).isEqualTo("即办件");
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = Objects.requireNonNull(CatalogMessagesTest.class.getResourceAsStream(resource),
				resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
