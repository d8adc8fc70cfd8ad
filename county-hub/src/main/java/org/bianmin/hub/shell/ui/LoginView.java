package org.bianmin.hub.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.bianmin.hub.identity.HubIdentity;

/**
 * Staff log in here. The form posts to Spring Security's form login at {@code /login}; a
 * refused login comes back as {@code /login?error} and is shown on the form.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm form = new LoginForm();

	LoginView(HubIdentity hub) {
		setSizeFull();
		setAlignItems(FlexComponent.Alignment.CENTER);
		setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
		H1 centre = new H1(hub.name());
		centre.setId("centre-name");
		centre.addClassName("bianmin-login-centre");
		this.form.setAction("login");
		this.form.setForgotPasswordButtonVisible(false);
		this.form.setI18n(createI18n());
		// the public pages, linked by path: the shell depends on no feature
		Anchor guides = new Anchor("guide", getTranslation("login.guides"));
		guides.setId("guides-link");
		Anchor query = new Anchor("q", getTranslation("login.query"));
		query.setId("query-link");
		HorizontalLayout publicPages = new HorizontalLayout(guides, query);
		add(centre, new Paragraph(getTranslation("login.subtitle")), this.form, publicPages);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title");
	}

	private LoginI18n createI18n() {
		LoginI18n i18n = LoginI18n.createDefault();
		LoginI18n.Form texts = i18n.getForm();
		texts.setTitle(getTranslation("login.title"));
		texts.setUsername(getTranslation("login.username"));
		texts.setPassword(getTranslation("login.password"));
		texts.setSubmit(getTranslation("login.submit"));
		texts.setForgotPassword(getTranslation("login.forgot-password"));
		LoginI18n.ErrorMessage error = i18n.getErrorMessage();
		error.setTitle(getTranslation("login.error.title"));
		error.setMessage(getTranslation("login.error.message"));
		error.setUsername(getTranslation("login.error.username"));
		error.setPassword(getTranslation("login.error.password"));
		return i18n;
	}

}
