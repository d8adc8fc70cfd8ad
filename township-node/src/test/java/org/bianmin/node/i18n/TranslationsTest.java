package org.bianmin.node.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.staff.Role;
import org.bianmin.node.casework.CaseLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every translation file pair of the app ({@code vaadin-i18n/<name>.properties}, Chinese,
 * and {@code <name>_en.properties}, English) holds the same keys, no text is empty, every
 * enum shown in the UI has its labels in both languages, and every file is valid UTF-8.
 */
class TranslationsTest {

	static List<String> bundles() {
		return TranslationProvider.bundleNames(TranslationProvider.APP_FOLDER)
			.stream()
			.filter((name) -> TranslationsTest.class.getResource("/" + name + ".properties") != null)
			.toList();
	}

	@Test
	void the_shell_bundle_is_among_them() {
		assertThat(bundles()).contains("vaadin-i18n/translations");
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void english_and_chinese_have_the_same_keys(String bundle) throws IOException {
		Set<String> chinese = keys(chinese(bundle));
		Set<String> english = keys(english(bundle));

		Set<String> missingInEnglish = new TreeSet<>(chinese);
		missingInEnglish.removeAll(english);
		Set<String> missingInChinese = new TreeSet<>(english);
		missingInChinese.removeAll(chinese);
		assertThat(missingInEnglish).as("keys of %s missing in English", bundle).isEmpty();
		assertThat(missingInChinese).as("keys of %s missing in Chinese", bundle).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void no_translation_is_empty(String bundle) throws IOException {
		for (String file : new String[] { chinese(bundle), english(bundle) }) {
			Properties properties = load(file);
			assertThat(properties.stringPropertyNames()).as(file)
				.allSatisfy((key) -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void every_role_node_level_and_case_location_has_labels_in_both_languages() throws IOException {
		Stream<String> roleKeys = Arrays.stream(Role.values())
			.flatMap((role) -> Stream.of(RoleLabel.key(role), RoleLabel.dutiesKey(role)));
		Stream<String> levelKeys = Arrays.stream(NodeLevel.values()).map(NodeLevelLabel::key);
		Stream<String> locationKeys = Arrays.stream(CaseLocation.values()).map(CaseLocationLabel::key);
		Set<String> labelKeys = new TreeSet<>(Stream.of(roleKeys, levelKeys, locationKeys).flatMap((s) -> s).toList());

		assertThat(keys(chinese("vaadin-i18n/translations"))).containsAll(labelKeys);
		assertThat(keys(english("vaadin-i18n/translations"))).containsAll(labelKeys);
	}

	private static String chinese(String bundle) {
		return "/" + bundle + ".properties";
	}

	private static String english(String bundle) {
		return "/" + bundle + "_en.properties";
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
