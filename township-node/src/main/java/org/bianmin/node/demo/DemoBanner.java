package org.bianmin.node.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.bianmin.node.i18n.NodeLevelLabel;
import org.bianmin.node.i18n.RoleLabel;
import org.bianmin.node.i18n.TranslationProvider;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.storage.StorageSettings;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the demo, once the node is ready, where to open it and how to log
 * in. Printed to standard output, not logged: it is for the person at the console, and
 * the demo starts three apps whose logs interleave.
 */
@Component
@Profile("demo")
class DemoBanner {

	private static final String RULE = "=".repeat(78);

	private final NodeIdentity node;

	private final DemoSettings settings;

	private final StorageSettings storage;

	private final TranslationProvider translations;

	private final Environment environment;

	DemoBanner(NodeIdentity node, DemoSettings settings, StorageSettings storage, TranslationProvider translations,
			Environment environment) {
		this.node = node;
		this.settings = settings;
		this.storage = storage;
		this.translations = translations;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void printBanner() {
		print(System.out);
	}

	void print(PrintStream out) {
		Locale chinese = TranslationProvider.LOCALES.getFirst();
		StringBuilder banner = new StringBuilder().append('\n').append(RULE).append('\n');
		banner.append("  便民 Bianmin demo · ")
			.append(this.node.name())
			.append(" · ")
			.append(this.translations.getTranslation(NodeLevelLabel.key(this.node.level()), chinese))
			.append(" (")
			.append(this.node.code())
			.append(this.node.isVillage() ? ", township " + this.node.parentTownship() : "")
			.append(")\n\n");
		banner.append("  Open:   http://localhost:").append(port()).append("/\n");
		banner.append("  Log in (username / password / role / name), demo only, every password is '")
			.append(DemoSettings.PASSWORD)
			.append("':\n");
		for (DemoSettings.DemoUser user : this.settings.users()) {
			banner.append("    ")
				.append(user.username())
				.append(" / ")
				.append(DemoSettings.PASSWORD)
				.append(" / ")
				.append(this.translations.getTranslation(RoleLabel.key(user.role()), chinese))
				.append(' ')
				.append(user.role())
				.append(" / ")
				.append(user.displayName())
				.append((user.department() != null) ? " (" + user.department() + ")" : "")
				.append('\n');
		}
		banner.append("\n  Data:   ").append(this.storage.dataDir()).append('\n');
		banner.append(RULE).append('\n');
		// bytes, not print(): print() would encode with the console's charset, which is
		// ASCII
		// on a machine without a UTF-8 locale and turns the Chinese into '?'; logs are
		// UTF-8 too
		out.writeBytes(banner.toString().getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	private String port() {
		return this.environment.getProperty("local.server.port", this.environment.getProperty("server.port", "8080"));
	}

}
