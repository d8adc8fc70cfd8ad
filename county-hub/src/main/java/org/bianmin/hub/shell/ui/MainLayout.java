package org.bianmin.hub.shell.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.bianmin.hub.i18n.NodeLevelLabels;
import org.bianmin.hub.i18n.RoleLabels;
import org.bianmin.hub.i18n.TranslationProvider;
import org.bianmin.hub.identity.HubIdentity;
import org.bianmin.hub.security.CurrentUser;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.staff.Role;

/**
 * The frame around every screen after login: navigation in the drawer; in the header the
 * centre and its level, who is signed in with their roles, the language and logout. It is
 * the automatic layout ({@code @Layout}) of every route, so features' views need no
 * reference to the shell, and the shell links to them by path.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout {

	private final CurrentUser currentUser;

	private final HubIdentity hub;

	MainLayout(CurrentUser currentUser, HubIdentity hub) {
		this.currentUser = currentUser;
		this.hub = hub;
		setPrimarySection(Section.NAVBAR);
		addToNavbar(new DrawerToggle(), createTitle(), createNodeBadge(), createUserInfo(), createLanguageSwitch(),
				createLogoutButton());
		addToDrawer(createNavigation());
	}

	private Span createTitle() {
		Span title = new Span(getTranslation("app.title"));
		title.addClassName("bianmin-title");
		return title;
	}

	private Span createNodeBadge() {
		Span badge = new Span(this.hub.name() + " · " + getTranslation(NodeLevelLabels.key(this.hub.level())));
		badge.setId("node-badge");
		badge.addClassName("bianmin-node-badge");
		return badge;
	}

	private Div createUserInfo() {
		SignedInUser user = this.currentUser.require();
		Span name = new Span(user.displayName());
		name.setId("current-user");
		name.addClassName("bianmin-user-name");
		Span roles = new Span(RoleLabels.join(user.roles(), this::getTranslation));
		roles.setId("current-roles");
		roles.addClassName("bianmin-user-roles");
		Div info = new Div(name, roles);
		info.addClassName("bianmin-user");
		return info;
	}

	private Select<Locale> createLanguageSwitch() {
		Select<Locale> languages = new Select<>();
		languages.setId("language-switch");
		languages.setAriaLabel(getTranslation("shell.language"));
		languages.setItems(TranslationProvider.CHINESE, TranslationProvider.ENGLISH);
		languages.setItemLabelGenerator((locale) -> getTranslation("language." + locale.getLanguage()));
		languages.setValue(isEnglish(getLocale()) ? TranslationProvider.ENGLISH : TranslationProvider.CHINESE);
		languages.addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				switchTo(event.getValue());
			}
		});
		return languages;
	}

	private Button createLogoutButton() {
		Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(),
				(event) -> this.currentUser.logout());
		logout.setId("logout");
		logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		return logout;
	}

	private SideNav createNavigation() {
		SideNav navigation = new SideNav();
		navigation.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
		// features are linked by path: the shell must not depend on the features whose
		// views use it
		navigation.addItem(new SideNavItem(getTranslation("nav.catalog"), "catalog", VaadinIcon.BOOK.create()));
		if (this.currentUser.require().hasRole(Role.ADMIN)) {
			navigation
				.addItem(new SideNavItem(getTranslation("nav.catalog-edit"), "catalog/edit", VaadinIcon.EDIT.create()));
			navigation
				.addItem(new SideNavItem(getTranslation("nav.holidays"), "holidays", VaadinIcon.CALENDAR.create()));
			navigation.addItem(new SideNavItem(getTranslation("nav.staff"), "staff", VaadinIcon.USERS.create()));
			navigation.addItem(new SideNavItem(getTranslation("nav.audit"), "audit", VaadinIcon.LIST.create()));
		}
		SignedInUser user = this.currentUser.require();
		if (user.hasRole(Role.REVIEWER)) {
			navigation.addItem(new SideNavItem(getTranslation("nav.review"), "review", VaadinIcon.INBOX.create()));
		}
		if (user.hasRole(Role.REVIEWER) || user.hasRole(Role.SUPERVISOR) || user.hasRole(Role.ADMIN)) {
			navigation.addItem(new SideNavItem(getTranslation("nav.search"), "search", VaadinIcon.SEARCH.create()));
		}
		if (user.hasRole(Role.SUPERVISOR)) {
			navigation.addItem(
					new SideNavItem(getTranslation("nav.supervision"), "supervision", VaadinIcon.DASHBOARD.create()));
			navigation.addItem(
					new SideNavItem(getTranslation("nav.ratings"), "supervision/ratings", VaadinIcon.STAR.create()));
		}
		if (user.hasRole(Role.SUPERVISOR) || user.hasRole(Role.ADMIN)) {
			navigation
				.addItem(new SideNavItem(getTranslation("nav.sync-health"), "sync-health", VaadinIcon.HEART.create()));
			navigation.addItem(new SideNavItem(getTranslation("nav.sync-incidents"), "sync-incidents",
					VaadinIcon.WARNING.create()));
		}
		if (user.hasRole(Role.ADMIN)) {
			navigation.addItem(new SideNavItem(getTranslation("nav.nodes"), "nodes", VaadinIcon.CLUSTER.create()));
		}
		return navigation;
	}

	// every text on screen was translated when it was built: reload to build it again
	private static void switchTo(Locale locale) {
		VaadinSession.getCurrent().setLocale(locale);
		UI.getCurrent().getPage().reload();
	}

	private static boolean isEnglish(Locale locale) {
		return locale.getLanguage().equals(TranslationProvider.ENGLISH.getLanguage());
	}

}
