package org.bianmin.node.shell.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.bianmin.node.identity.NodeIdentity;

/**
 * The login page. Spring Security handles the form's POST to {@code /login} and comes
 * back here with {@code ?error} when the username or password is wrong.
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUTE = "login";

	private final NodeIdentity node;

	private final LoginForm form = new LoginForm();

	LoginView(NodeIdentity node) {
		this.node = node;
		setSizeFull();
		setAlignItems(FlexComponent.Alignment.CENTER);
		setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
		add(createCentreName(), createSubtitle(), createForm());
	}

	private H1 createCentreName() {
		H1 centre = new H1(this.node.name());
		centre.setId("login-centre");
		centre.addClassName("bianmin-login-centre");
		return centre;
	}

	private Paragraph createSubtitle() {
		return new Paragraph(getTranslation("login.subtitle"));
	}

	private LoginForm createForm() {
		this.form.setAction(ROUTE);
		this.form.setForgotPasswordButtonVisible(false);
		this.form.setI18n(createI18n());
		return this.form;
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
		error.setUsername(getTranslation("login.error.username-required"));
		error.setPassword(getTranslation("login.error.password-required"));
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.page-title", this.node.name());
	}

}
