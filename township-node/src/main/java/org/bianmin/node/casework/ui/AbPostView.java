package org.bianmin.node.casework.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.node.casework.AbPost;
import org.bianmin.node.casework.AbPostRefusedException;
import org.bianmin.node.casework.AbPostService;
import org.bianmin.node.security.CurrentUser;
import org.bianmin.node.staff.StaffPrincipal;

/**
 * A/B post (AB岗): the clerk names a backup for the days they are away, sees whom they
 * named and whom they cover. The form keeps what was typed when the service refuses it.
 */
@Route(CaseworkNavigation.AB_POST)
@RolesAllowed("WINDOW_CLERK")
class AbPostView extends VerticalLayout implements HasDynamicTitle {

	private final AbPostService posts;

	private final StaffPrincipal clerk;

	private final TextField backup = new TextField();

	private final DatePicker from = new DatePicker();

	private final DatePicker until = new DatePicker();

	private final UnorderedList named = new UnorderedList();

	private final UnorderedList covering = new UnorderedList();

	AbPostView(AbPostService posts, CurrentUser currentUser) {
		this.posts = posts;
		this.clerk = currentUser.require();
		H2 title = new H2(getTranslation("casework.ab-post.title"));
		title.setId("ab-post-title");
		this.named.setId("ab-post-named");
		this.covering.setId("ab-post-covering");
		add(title, new Paragraph(getTranslation("casework.ab-post.explain")), createForm(),
				new H3(getTranslation("casework.ab-post.named")), this.named,
				new H3(getTranslation("casework.ab-post.covering")), this.covering);
		refresh();
	}

	private FormLayout createForm() {
		this.backup.setLabel(getTranslation("casework.ab-post.backup"));
		this.backup.setId("ab-backup");
		this.backup.setHelperText(getTranslation("casework.ab-post.backup.help"));
		this.from.setLabel(getTranslation("casework.ab-post.from"));
		this.from.setId("ab-from");
		this.from.setValue(posts.today());
		this.until.setLabel(getTranslation("casework.ab-post.until"));
		this.until.setId("ab-until");
		Button save = new Button(getTranslation("casework.ab-post.save"), (click) -> save());
		save.setId("ab-save");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		FormLayout form = new FormLayout(this.backup, this.from, this.until, save);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
		return form;
	}

	private void save() {
		this.backup.setInvalid(false);
		if (this.from.getValue() == null) {
			this.from.setErrorMessage(getTranslation("casework.ab-post.from-required"));
			this.from.setInvalid(true);
			return;
		}
		try {
			this.posts.name(this.clerk, this.backup.getValue(), this.from.getValue(), this.until.getValue());
			this.backup.clear();
			this.until.clear();
			refresh();
		}
		catch (AbPostRefusedException refused) {
			this.backup.setErrorMessage(getTranslation(refused.key()));
			this.backup.setInvalid(true);
		}
	}

	private void refresh() {
		this.named.removeAll();
		for (AbPost post : this.posts.named(this.clerk)) {
			Button end = new Button(getTranslation("casework.ab-post.end"), (click) -> {
				this.posts.end(this.clerk, post.id());
				refresh();
			});
			end.addThemeVariants(ButtonVariant.TERTIARY);
			this.named
				.add(new ListItem(new com.vaadin.flow.component.html.Span(describe(post, post.backup().name())), end));
		}
		this.covering.removeAll();
		for (AbPost post : this.posts.covering(this.clerk)) {
			this.covering.add(new ListItem(describe(post, post.clerk().name())));
		}
	}

	private String describe(AbPost post, String who) {
		String until = (post.until() != null) ? post.until().toString() : getTranslation("casework.ab-post.open-end");
		return getTranslation("casework.ab-post.line", who, post.from().toString(), until);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("casework.ab-post.title");
	}

}
