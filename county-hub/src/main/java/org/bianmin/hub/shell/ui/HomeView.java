package org.bianmin.hub.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.bianmin.hub.i18n.RoleLabels;
import org.bianmin.hub.identity.HubIdentity;
import org.bianmin.hub.security.CurrentUser;
import org.bianmin.hub.security.SignedInUser;
import org.bianmin.model.staff.Role;

/**
 * The welcome page: who you are, where, and what your roles let you do here. Later work
 * screens take its place as the landing page.
 */
@Route("")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

	HomeView(CurrentUser currentUser, HubIdentity hub) {
		SignedInUser user = currentUser.require();
		H2 welcome = new H2(getTranslation("home.welcome", user.displayName()));
		welcome.setId("welcome");
		add(welcome, createWhereAndWho(user, hub), new Paragraph(getTranslation("home.duties")), createDuties(user));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("home.title");
	}

	private Paragraph createWhereAndWho(SignedInUser user, HubIdentity hub) {
		String roles = RoleLabels.join(user.roles(), this::getTranslation);
		String department = user.department();
		return new Paragraph((department == null) ? getTranslation("home.where", hub.name(), roles)
				: getTranslation("home.where-department", hub.name(), department, roles));
	}

	private UnorderedList createDuties(SignedInUser user) {
		UnorderedList duties = new UnorderedList();
		duties.setId("duties");
		for (Role role : user.roles()) {
			duties.add(new ListItem(getTranslation("home.duty." + role.name())));
		}
		if (user.roles().isEmpty()) {
			duties.add(new ListItem(getTranslation("home.duty.none")));
		}
		return duties;
	}

}
