package org.bianmin.node.i18n;

import java.util.Arrays;
import java.util.Locale;

import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationProviderTest {

	private final Locale jvmDefault = Locale.getDefault();

	private final TranslationProvider translations = new TranslationProvider();

	@AfterEach
	void restoreDefaultLocale() {
		Locale.setDefault(this.jvmDefault);
	}

	@Test
	void offers_chinese_first_then_english() {
		assertThat(this.translations.getProvidedLocales()).containsExactly(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
	}

	@Test
	void serves_chinese_from_the_default_file_even_on_an_english_machine() {
		Locale.setDefault(Locale.ENGLISH);

		assertThat(this.translations.getTranslation("nav.home", Locale.SIMPLIFIED_CHINESE)).isEqualTo("首页");
	}

	@Test
	void serves_english() {
		assertThat(this.translations.getTranslation("nav.home", Locale.ENGLISH)).isEqualTo("Home");
		assertThat(this.translations.getTranslation("nav.home", Locale.US)).isEqualTo("Home");
	}

	@Test
	void falls_back_to_chinese_for_other_languages() {
		assertThat(this.translations.getTranslation("nav.home", Locale.GERMAN)).isEqualTo("首页");
	}

	@Test
	void fills_in_parameters() {
		assertThat(this.translations.getTranslation("shell.node-badge", Locale.SIMPLIFIED_CHINESE, "青石镇便民服务中心", "乡镇"))
			.isEqualTo("青石镇便民服务中心 · 乡镇");
	}

	@Test
	void marks_a_missing_key_instead_of_failing() {
		assertThat(this.translations.getTranslation("no.such.key", Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("!no.such.key!");
	}

	@Test
	void labels_roles_and_levels() {
		assertThat(this.translations.getTranslation(RoleLabel.key(Role.PROXY_AGENT), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("代办员");
		assertThat(this.translations.getTranslation(NodeLevelLabel.key(NodeLevel.VILLAGE), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("村");
	}

	@Test
	void labels_every_case_status_from_the_domain_messages_in_both_languages() {
		assertThat(this.translations.getTranslation(CaseStatusLabel.key(CaseStatus.NEEDS_CORRECTION),
				Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("待补正");
		for (Locale locale : TranslationProvider.LOCALES) {
			assertThat(Arrays.stream(CaseStatus.values())
				.map((status) -> this.translations.getTranslation(CaseStatusLabel.key(status), locale)))
				.as("case status labels in %s", locale)
				.noneMatch((label) -> label.startsWith("!"));
		}
	}

}
