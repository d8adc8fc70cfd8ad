package org.bianmin.model;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bianmin.model.resident.ResidentId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the domain's message bundles complete: every area in {@code bianmin-model-i18n}
 * has a Chinese and an English file with the same keys, and every enum that names a
 * message key (problems, labels) finds it in both. Scans folders and compiled classes, so
 * areas and enums added later are covered without touching this test.
 */
class ModelMessagesTest {

	private static final String FOLDER = "bianmin-model-i18n";

	private static final Pattern ENGLISH_FILE = Pattern.compile("(.+)_en\\.properties");

	private static final Pattern DEFAULT_FILE = Pattern.compile("([^_]+)\\.properties");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	@Test
	void every_area_has_chinese_and_english_files_and_no_others() throws IOException {
		Map<String, List<String>> filesByArea = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder())) {
			files.map((file) -> file.getFileName().toString()).forEach((name) -> {
				Matcher english = ENGLISH_FILE.matcher(name);
				Matcher chinese = DEFAULT_FILE.matcher(name);
				assertThat(english.matches() || chinese.matches())
					.as("%s is named <area>.properties (Chinese) or <area>_en.properties", name)
					.isTrue();
				String area = english.matches() ? english.group(1) : chinese.group(1);
				filesByArea.computeIfAbsent(area, (key) -> new ArrayList<>()).add(name);
			});
		}
		assertThat(filesByArea).isNotEmpty();
		filesByArea.forEach((area, names) -> assertThat(names).as("files of area %s", area)
			.containsExactlyInAnyOrder(area + ".properties", area + "_en.properties"));
	}

	@Test
	void chinese_and_english_files_have_the_same_keys() throws IOException {
		for (String area : areas()) {
			Properties chinese = load(area + ".properties");
			Properties english = load(area + "_en.properties");

			assertThat(english.stringPropertyNames()).as("keys of %s_en.properties against %s.properties", area, area)
				.containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
		}
	}

	@Test
	void no_message_is_blank_and_placeholders_match() throws IOException {
		for (String area : areas()) {
			Properties chinese = load(area + ".properties");
			Properties english = load(area + "_en.properties");
			for (String key : chinese.stringPropertyNames()) {
				assertThat(chinese.getProperty(key)).as("%s in %s.properties", key, area).isNotBlank();
				assertThat(english.getProperty(key, "")).as("%s in %s_en.properties", key, area).isNotBlank();
				assertThat(placeholders(english.getProperty(key, ""))).as("placeholders of %s", key)
					.isEqualTo(placeholders(chinese.getProperty(key)));
			}
		}
	}

	@Test
	void chinese_files_are_written_in_chinese() throws IOException {
		for (String area : areas()) {
			Properties chinese = load(area + ".properties");
			assertThat(chinese.stringPropertyNames()).as("%s.properties", area)
				.anySatisfy((key) -> assertThat(chinese.getProperty(key)).matches((text) -> text.codePoints()
					.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)));
		}
	}

	@Test
	void every_message_key_an_enum_names_exists_in_both_languages() throws Exception {
		Properties allChinese = new Properties();
		Properties allEnglish = new Properties();
		for (String area : areas()) {
			allChinese.putAll(load(area + ".properties"));
			allEnglish.putAll(load(area + "_en.properties"));
		}
		List<Class<?>> enums = modelEnumsWithMessageKeys();

		assertThat(enums).as("enums with messageKey()").isNotEmpty();
		for (Class<?> type : enums) {
			Method messageKey = type.getMethod("messageKey");
			for (Object constant : type.getEnumConstants()) {
				String key = (String) messageKey.invoke(constant);
				assertThat(allChinese).as("Chinese text of %s.%s", type.getName(), constant).containsKey(key);
				assertThat(allEnglish).as("English text of %s.%s", type.getName(), constant).containsKey(key);
			}
		}
	}

	@Test
	void every_problem_enum_names_message_keys() throws Exception {
		for (Class<?> type : modelEnums()) {
			if (type.getSimpleName().endsWith("Problem")) {
				assertThat(type.getMethod("messageKey").getReturnType()).as("%s.messageKey()", type.getName())
					.isEqualTo(String.class);
			}
		}
	}

	@Test
	void the_bundles_load_through_resource_bundle_as_utf8() {
		for (String area : areas()) {
			ResourceBundle chinese = ResourceBundle.getBundle(FOLDER + "/" + area, Locale.ROOT);
			ResourceBundle english = ResourceBundle.getBundle(FOLDER + "/" + area, Locale.ENGLISH);
			String anyKey = chinese.getKeys().nextElement();

			assertThat(chinese.getString(anyKey)).doesNotContain("\uFFFD");
			assertThat(english.getString(anyKey)).isNotEqualTo(chinese.getString(anyKey));
		}
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Path folder() {
		URL url = ModelMessagesTest.class.getClassLoader().getResource(FOLDER);
		assertThat(url).as("%s on the class path", FOLDER).isNotNull();
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Set<String> areas() {
		try (Stream<Path> files = Files.list(folder())) {
			Set<String> areas = new TreeSet<>();
			files.map((file) -> file.getFileName().toString())
				.map(DEFAULT_FILE::matcher)
				.filter(Matcher::matches)
				.forEach((matcher) -> areas.add(matcher.group(1)));
			return areas;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Properties load(String fileName) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(folder().resolve(fileName), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	/** Every enum compiled from shared-model's main sources, nested ones included. */
	private static List<Class<?>> modelEnums() throws Exception {
		Path classes = Path.of(ResidentId.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<Class<?>> enums = new ArrayList<>();
		try (Stream<Path> files = Files.walk(classes)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".class")).toList()) {
				String relative = classes.relativize(file).toString();
				String className = relative.substring(0, relative.length() - ".class".length())
					.replace(file.getFileSystem().getSeparator(), ".");
				if (className.endsWith("package-info")) {
					continue;
				}
				Class<?> type = Class.forName(className, false, ModelMessagesTest.class.getClassLoader());
				if (type.isEnum()) {
					enums.add(type);
				}
			}
		}
		return enums;
	}

	private static List<Class<?>> modelEnumsWithMessageKeys() throws Exception {
		List<Class<?>> withKeys = new ArrayList<>();
		for (Class<?> type : modelEnums()) {
			try {
				type.getMethod("messageKey");
				withKeys.add(type);
			}
			catch (NoSuchMethodException ex) {
				// an enum without labels, such as NodeLevel today
			}
		}
		return withKeys;
	}

}
