package org.bianmin.node.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.bianmin.node.casework.CaseListService;
import org.bianmin.node.i18n.NodeLevelLabel;
import org.bianmin.node.i18n.RoleLabel;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.security.CurrentUser;
import org.bianmin.node.staff.StaffPrincipal;

/**
 * The welcome page: who you are, where you are, the cases most recently changed here and
 * what your roles let you do here. Work screens replace it as they arrive.
 */
@Route("")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

	private final NodeIdentity node;

	HomeView(CurrentUser currentUser, NodeIdentity node, CaseListService cases) {
		this.node = node;
		StaffPrincipal user = currentUser.require();
		add(createWelcome(user), createWhere(), new RecentCases(cases.recentlyChanged(RecentCases.SIZE)),
				createDutiesTitle(), createDuties(user), createComingSoon());
	}

	private H2 createWelcome(StaffPrincipal user) {
		H2 welcome = new H2(getTranslation("home.welcome", user.displayName()));
		welcome.setId("home-welcome");
		return welcome;
	}

	private Paragraph createWhere() {
		return new Paragraph(getTranslation("home.where", this.node.name(),
				getTranslation(NodeLevelLabel.key(this.node.level())), this.node.code()));
	}

	private H3 createDutiesTitle() {
		return new H3(getTranslation("home.duties.title"));
	}

	private UnorderedList createDuties(StaffPrincipal user) {
		UnorderedList duties = new UnorderedList();
		duties.setId("home-duties");
		user.roles()
			.forEach((role) -> duties.add(new ListItem(getTranslation("home.duty", getTranslation(RoleLabel.key(role)),
					getTranslation(RoleLabel.dutiesKey(role))))));
		return duties;
	}

	private Paragraph createComingSoon() {
		return new Paragraph(getTranslation("home.coming-soon"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("home.page-title", this.node.name());
	}

}
