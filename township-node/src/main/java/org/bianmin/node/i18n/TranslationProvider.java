package org.bianmin.node.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.vaadin.flow.i18n.I18NProvider;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Serves every user-visible string: the app's own ({@code vaadin-i18n/translations*} for
 * the shell, and one pair {@code vaadin-i18n/<feature>*} per feature, so features do not
 * share one file), then the domain messages of shared-model
 * ({@code bianmin-model-i18n/<area>*}). Chinese is the default (the files without a
 * locale suffix), English the alternative.
 *
 * <p>
 * A missing key shows as {@code !key!} and is logged, so that a gap is seen on the screen
 * instead of hiding behind a fallback.
 */
@Component
public class TranslationProvider implements I18NProvider {

	/** Chinese first: Vaadin falls back to the first locale. */
	public static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	static final String APP_FOLDER = "vaadin-i18n";

	static final String MODEL_FOLDER = "bianmin-model-i18n";

	private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

	/**
	 * Without this, a Chinese lookup on a machine whose default locale is English would
	 * fall back to the English file instead of the Chinese default file.
	 */
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	/** {@code case_en.properties} is the English file of the area {@code case}. */
	private static final Pattern LOCALE_SUFFIX = Pattern.compile(".+_[a-z]{2}(_[A-Z]{2})?\\.properties");

	private final List<String> bundleNames;

	public TranslationProvider() {
		this.bundleNames = new ArrayList<>();
		this.bundleNames.addAll(bundleNames(APP_FOLDER));
		this.bundleNames.addAll(bundleNames(MODEL_FOLDER));
	}

	@Override
	public List<Locale> getProvidedLocales() {
		return LOCALES;
	}

	@Override
	public String getTranslation(String key, @Nullable Locale locale, Object... params) {
		Locale effective = (locale != null) ? locale : LOCALES.getFirst();
		for (String bundleName : this.bundleNames) {
			ResourceBundle bundle = bundle(bundleName, effective);
			if (bundle.containsKey(key)) {
				String text = bundle.getString(key);
				return (params.length == 0) ? text : new MessageFormat(text, effective).format(params);
			}
		}
		log.warn("Missing translation for key '{}' in locale {}", key, effective);
		return "!" + key + "!";
	}

	private static ResourceBundle bundle(String baseName, Locale locale) {
		try {
			return ResourceBundle.getBundle(baseName, locale, TranslationProvider.class.getClassLoader(), NO_FALLBACK);
		}
		catch (MissingResourceException ex) {
			throw new IllegalStateException("Translation bundle " + baseName + " is missing from the classpath", ex);
		}
	}

	/**
	 * The base names of the bundles in a classpath folder, e.g.
	 * {@code bianmin-model-i18n/cases}: one per default (Chinese) file, in name order.
	 */
	static List<String> bundleNames(String folder) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver(TranslationProvider.class.getClassLoader())
				.getResources("classpath*:" + folder + "/*.properties");
			TreeSet<String> names = new TreeSet<>();
			for (Resource resource : resources) {
				String filename = resource.getFilename();
				if (filename != null && !LOCALE_SUFFIX.matcher(filename).matches()) {
					names.add(folder + "/" + filename.substring(0, filename.length() - ".properties".length()));
				}
			}
			return List.copyOf(names);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the message bundles in " + folder, ex);
		}
	}

}
