package org.bianmin.hub.i18n;

import java.util.Locale;

import org.bianmin.model.staff.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationProviderTest {

	private final TranslationProvider translations = new TranslationProvider();

	@Test
	void offers_chinese_first_then_english() {
		assertThat(this.translations.getProvidedLocales()).containsExactly(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
	}

	@Test
	void speaks_chinese_by_default_and_english_when_asked() {
		assertThat(this.translations.getTranslation("nav.home", Locale.SIMPLIFIED_CHINESE)).isEqualTo("首页");
		assertThat(this.translations.getTranslation("nav.home", Locale.US)).isEqualTo("Home");
		assertThat(this.translations.getTranslation("nav.home", Locale.FRENCH)).isEqualTo("首页");
		assertThat(this.translations.getTranslation("nav.home", (Locale) null)).isEqualTo("首页");
	}

	@Test
	void fills_in_parameters() {
		assertThat(this.translations.getTranslation("home.welcome", Locale.SIMPLIFIED_CHINESE, "赵建国"))
			.isEqualTo("欢迎，赵建国");
		assertThat(this.translations.getTranslation("home.welcome", Locale.ENGLISH, "Zhao Jianguo"))
			.isEqualTo("Welcome, Zhao Jianguo");
	}

	@Test
	void marks_a_missing_key_instead_of_failing() {
		assertThat(this.translations.getTranslation("no.such.key", Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("!no.such.key!");
	}

	@Test
	void joins_role_labels_in_the_enum_order_as_the_language_lists_them() {
		assertThat(RoleLabels.join(java.util.Set.of(Role.ADMIN, Role.REVIEWER),
				(key, params) -> this.translations.getTranslation(key, Locale.SIMPLIFIED_CHINESE, params)))
			.isEqualTo("后台审批员、系统管理员");
		assertThat(RoleLabels.join(java.util.Set.of(Role.ADMIN, Role.REVIEWER),
				(key, params) -> this.translations.getTranslation(key, Locale.ENGLISH, params)))
			.isEqualTo("Reviewer, Administrator");
	}

}
