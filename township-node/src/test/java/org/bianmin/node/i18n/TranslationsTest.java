package org.bianmin.node.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.staff.Role;
import org.bianmin.node.casework.CaseLocation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Chinese (default) and English translation files hold the same keys, every enum
 * shown in the UI has its labels in both, and both files are valid UTF-8.
 */
class TranslationsTest {

	private static final String CHINESE = "/vaadin-i18n/translations.properties";

	private static final String ENGLISH = "/vaadin-i18n/translations_en.properties";

	@Test
	void english_has_every_chinese_key() throws IOException {
		Set<String> missing = new TreeSet<>(keys(CHINESE));
		missing.removeAll(keys(ENGLISH));

		assertThat(missing).as("keys in %s missing from %s", CHINESE, ENGLISH).isEmpty();
	}

	@Test
	void chinese_has_every_english_key() throws IOException {
		Set<String> missing = new TreeSet<>(keys(ENGLISH));
		missing.removeAll(keys(CHINESE));

		assertThat(missing).as("keys in %s missing from %s", ENGLISH, CHINESE).isEmpty();
	}

	@Test
	void every_role_node_level_and_case_location_has_labels_in_both_languages() throws IOException {
		Stream<String> roleKeys = Arrays.stream(Role.values())
			.flatMap((role) -> Stream.of(RoleLabel.key(role), RoleLabel.dutiesKey(role)));
		Stream<String> levelKeys = Arrays.stream(NodeLevel.values()).map(NodeLevelLabel::key);
		Stream<String> locationKeys = Arrays.stream(CaseLocation.values()).map(CaseLocationLabel::key);
		Set<String> labelKeys = new TreeSet<>(Stream.of(roleKeys, levelKeys, locationKeys).flatMap((s) -> s).toList());

		assertThat(keys(CHINESE)).containsAll(labelKeys);
		assertThat(keys(ENGLISH)).containsAll(labelKeys);
	}

	@Test
	void no_translation_is_empty() throws IOException {
		for (String file : new String[] { CHINESE, ENGLISH }) {
			Properties properties = load(file);
			assertThat(properties.stringPropertyNames()).as(file)
				.allSatisfy((key) -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
		}
	}

	private static Set<String> keys(String file) throws IOException {
		return load(file).stringPropertyNames();
	}

	/**
	 * Strict UTF-8: a file saved in GBK or Latin-1 fails here instead of showing
	 * mojibake.
	 */
	private static Properties load(String file) throws IOException {
		try (InputStream in = TranslationsTest.class.getResourceAsStream(file)) {
			assertThat(in).as(file).isNotNull();
			Reader reader = new InputStreamReader(in,
					StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));
			Properties properties = new Properties();
			try {
				properties.load(reader);
			}
			catch (CharacterCodingException ex) {
				throw new AssertionError(file + " is not valid UTF-8", ex);
			}
			return properties;
		}
	}

}
