package org.bianmin.hub.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.i18n.I18NProvider;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Serves every text a user reads: the app's own strings ({@code vaadin-i18n/<feature>*},
 * one pair of files per feature) and the domain messages of shared-model
 * ({@code bianmin-model-i18n/<area>*}), in Chinese (the default, files without a locale
 * suffix) and English ({@code _en}). Files are read as UTF-8, once, at startup;
 * {@code classpath*:} finds them inside the packaged jar too.
 */
@Component
public class TranslationProvider implements I18NProvider {

	/** The default language of every screen. */
	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final Locale ENGLISH = Locale.ENGLISH;

	static final List<String> PATTERNS = List.of("classpath*:vaadin-i18n/*.properties",
			"classpath*:bianmin-model-i18n/*.properties");

	private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

	// area_en.properties, area_zh_CN.properties; a file without a suffix is the Chinese
	// default
	private static final Pattern LOCALE_SUFFIX = Pattern.compile("(.+?)_([a-z]{2})(?:_([A-Z]{2}))?");

	private final Map<String, String> chinese = new HashMap<>();

	private final Map<String, String> english = new HashMap<>();

	public TranslationProvider() {
		this(new PathMatchingResourcePatternResolver(TranslationProvider.class.getClassLoader()));
	}

	TranslationProvider(ResourcePatternResolver resolver) {
		for (String pattern : PATTERNS) {
			try {
				for (Resource resource : resolver.getResources(pattern)) {
					load(resource);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read translations " + pattern, ex);
			}
		}
	}

	@Override
	public List<Locale> getProvidedLocales() {
		return List.of(CHINESE, ENGLISH);
	}

	@Override
	public String getTranslation(String key, @Nullable Locale locale, Object... params) {
		String pattern = messagesFor(locale).get(key);
		if (pattern == null) {
			log.warn("No translation for '{}' in locale {}", key, locale);
			return "!" + key + "!";
		}
		// MessageFormat would eat apostrophes of texts without parameters
		return (params.length == 0) ? pattern : new MessageFormat(pattern, localeOf(locale)).format(params);
	}

	private Map<String, String> messagesFor(@Nullable Locale locale) {
		return localeOf(locale).equals(ENGLISH) ? this.english : this.chinese;
	}

	// English for any English variant; Chinese, the default, for everything else
	private static Locale localeOf(@Nullable Locale locale) {
		return (locale != null && locale.getLanguage().equals(ENGLISH.getLanguage())) ? ENGLISH : CHINESE;
	}

	private void load(Resource resource) throws IOException {
		String filename = String.valueOf(resource.getFilename());
		String basename = filename.substring(0, filename.length() - ".properties".length());
		Matcher suffix = LOCALE_SUFFIX.matcher(basename);
		Map<String, String> target = this.chinese;
		if (suffix.matches()) {
			String language = suffix.group(2);
			if (language.equals(ENGLISH.getLanguage())) {
				target = this.english;
			}
			else if (!language.equals(CHINESE.getLanguage())) {
				log.warn("Ignoring {}: Bianmin speaks Chinese and English only", resource);
				return;
			}
		}
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		for (String key : properties.stringPropertyNames()) {
			String value = properties.getProperty(key);
			String previous = target.put(key, value);
			if (previous != null && !previous.equals(value)) {
				log.warn("Translation key '{}' in {} overrides an earlier text", key, resource);
			}
		}
	}

}
