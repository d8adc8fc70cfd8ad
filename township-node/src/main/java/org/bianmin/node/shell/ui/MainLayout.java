package org.bianmin.node.shell.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.bianmin.node.i18n.NodeLevelLabel;
import org.bianmin.node.i18n.RoleLabel;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.security.CurrentUser;
import org.bianmin.model.staff.Role;
import org.bianmin.node.staff.StaffPrincipal;
import org.bianmin.node.sync.SyncStatusService;

/**
 * The frame around every page after the login: which centre this is, sync at a glance,
 * who is logged in, the language switch, logout and the navigation. It is the automatic
 * layout ({@link Layout}) of every route that does not opt out, so that other features'
 * views get it without reaching into this package.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout {

	private final CurrentUser currentUser;

	private final NodeIdentity node;

	MainLayout(CurrentUser currentUser, NodeIdentity node, SyncStatusService sync) {
		this.currentUser = currentUser;
		this.node = node;
		StaffPrincipal user = currentUser.require();
		addToNavbar(new DrawerToggle(), createNodeBadge(), new SyncStatusBar(sync), createUserArea(user));
		addToDrawer(createNavigation(user));
	}

	private Span createNodeBadge() {
		Span badge = new Span(getTranslation("shell.node-badge", this.node.name(),
				getTranslation(NodeLevelLabel.key(this.node.level()))));
		badge.setId("node-badge");
		badge.addClassName("bianmin-node-badge");
		return badge;
	}

	private HorizontalLayout createUserArea(StaffPrincipal user) {
		Span name = new Span(user.displayName());
		name.setId("current-user");
		name.addClassName("bianmin-current-user");
		Span roles = new Span(String.join(getTranslation("list.separator"),
				user.roles().stream().map((role) -> getTranslation(RoleLabel.key(role))).toList()));
		roles.setId("current-roles");
		roles.addClassName("bianmin-current-roles");
		HorizontalLayout area = new HorizontalLayout(name, roles, createLanguageSwitch(), createLogout());
		area.setAlignItems(FlexComponent.Alignment.CENTER);
		area.addClassName("bianmin-user-area");
		return area;
	}

	/** Shows the other language's own name, so that a reader of either finds it. */
	private Button createLanguageSwitch() {
		Button button = new Button(getTranslation("shell.language-switch"), (click) -> switchLanguage());
		button.setId("language-switch");
		button.addThemeVariants(ButtonVariant.TERTIARY);
		return button;
	}

	private void switchLanguage() {
		Locale next = isChinese(getLocale()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		// the session keeps the choice; the reload builds every view again in it
		VaadinSession.getCurrent().setLocale(next);
		UI.getCurrent().getPage().reload();
	}

	private static boolean isChinese(Locale locale) {
		return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
	}

	private Button createLogout() {
		Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(),
				(click) -> this.currentUser.logout());
		logout.setId("logout");
		logout.addThemeVariants(ButtonVariant.TERTIARY);
		return logout;
	}

	private Component createNavigation(StaffPrincipal user) {
		SideNav nav = new SideNav();
		nav.setId("main-nav");
		nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
		// features' routes by path: their views are internal to each feature
		boolean deskWork = user.hasRole(Role.WINDOW_CLERK) || user.hasRole(Role.PROXY_AGENT);
		if (user.hasRole(Role.WINDOW_CLERK)) {
			nav.addItem(new SideNavItem(getTranslation("casework.nav.queue"), "queue", VaadinIcon.LIST.create()));
		}
		if (deskWork) {
			nav.addItem(new SideNavItem(getTranslation(this.node.isVillage() ? "nav.filing" : "nav.filing.window"),
					"filing", VaadinIcon.FILE_ADD.create()));
			nav.addItem(new SideNavItem(getTranslation("nav.residents"), "residents", VaadinIcon.USERS.create()));
		}
		if (user.hasRole(Role.PROXY_AGENT)) {
			nav.addItem(new SideNavItem(getTranslation("casework.nav.my-cases"), "my-cases",
					VaadinIcon.CLIPBOARD_USER.create()));
		}
		if (user.hasRole(Role.WINDOW_CLERK)) {
			nav.addItem(new SideNavItem(getTranslation("casework.nav.ab-post"), "ab-post", VaadinIcon.USERS.create()));
		}
		nav.addItem(new SideNavItem(getTranslation("sync.nav"), "sync", VaadinIcon.REFRESH.create()));
		return nav;
	}

}
