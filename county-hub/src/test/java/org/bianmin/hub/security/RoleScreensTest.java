package org.bianmin.hub.security;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.bianmin.hub.HubBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each role sees only its screens: the administration screens are the admin's alone, in
 * the navigation and by typed URL.
 */
class RoleScreensTest extends HubBrowserlessTest {

	private static final List<String> ADMIN_SCREENS = List.of("catalog/edit", "holidays", "staff", "audit");

	private static final List<String> ADMIN_VIEWS = List.of("CatalogEditView", "HolidayCalendarView", "StaffAdminView",
			"AuditView");

	@BeforeEach
	void speakChinese() {
		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	@WithUserDetails("admin")
	void the_admin_is_offered_every_administration_screen() {
		navigate("", com.vaadin.flow.component.Component.class);

		assertThat(paths()).containsAll(ADMIN_SCREENS);
		for (int i = 0; i < ADMIN_SCREENS.size(); i++) {
			navigate(ADMIN_SCREENS.get(i), com.vaadin.flow.component.Component.class);
			assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo(ADMIN_VIEWS.get(i));
		}
	}

	@Test
	@WithUserDetails("reviewer")
	void a_reviewer_neither_sees_nor_reaches_the_administration_screens() {
		assertNoAdministration();
	}

	@Test
	@WithUserDetails("supervisor")
	void a_supervisor_neither_sees_nor_reaches_the_administration_screens() {
		assertNoAdministration();
	}

	private void assertNoAdministration() {
		navigate("", com.vaadin.flow.component.Component.class);
		assertThat(paths()).doesNotContainAnyElementsOf(ADMIN_SCREENS).contains("catalog");
		for (String screen : ADMIN_SCREENS) {
			try {
				navigate(screen, com.vaadin.flow.component.Component.class);
			}
			catch (RuntimeException refused) {
				// the browserless router reports a refused navigation by throwing
			}
			assertThat(getCurrentView().getClass().getSimpleName()).isNotIn(ADMIN_VIEWS);
		}
	}

	private List<String> paths() {
		return find(SideNav.class).single().getItems().stream().map(SideNavItem::getPath).toList();
	}

}
