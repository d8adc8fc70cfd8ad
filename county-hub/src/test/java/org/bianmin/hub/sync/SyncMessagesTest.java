package org.bianmin.hub.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of sync in both languages: the screens' (vaadin-i18n/sync) and the rules'
 * that county staff read on refused events (bianmin-model-i18n/sync), and every key the
 * code names is there.
 */
class SyncMessagesTest {

	@Test
	void both_languages_have_the_same_keys_and_every_text_formats() {
		for (String area : new String[] { "vaadin-i18n/sync", "bianmin-model-i18n/sync" }) {
			Properties chinese = load(area + ".properties");
			Properties english = load(area + "_en.properties");
			assertThat(english.stringPropertyNames()).as(area).isEqualTo(chinese.stringPropertyNames());
			for (Properties texts : new Properties[] { chinese, english }) {
				for (String key : texts.stringPropertyNames()) {
					assertThat(MessageFormat.format(texts.getProperty(key), "QS", "YL", "3")).as(key).isNotBlank();
				}
			}
		}
	}

	@Test
	void every_key_the_sync_code_names_has_a_text() throws IOException {
		Set<String> known = new TreeSet<>(load("vaadin-i18n/sync.properties").stringPropertyNames());
		known.addAll(load("bianmin-model-i18n/sync.properties").stringPropertyNames());
		known.addAll(load("bianmin-model-i18n/cases.properties").stringPropertyNames());
		Pattern key = Pattern.compile("\"((?:sync|case)\\.(?:rule|nodes|incidents)\\.[A-Za-z.-]+)\"");
		Set<String> named = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/bianmin/hub/sync"))) {
			for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = key.matcher(Files.readString(source));
				while (matcher.find()) {
					named.add(matcher.group(1));
				}
			}
		}
		named.removeIf((k) -> k.endsWith("."));
		assertThat(named).isNotEmpty();
		assertThat(known).containsAll(named);
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (InputStream in = SyncMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
