package org.bianmin.hub.shell.ui;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.bianmin.hub.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
// routes are looked up in the hub's packages only, not on the whole classpath
@ViewPackages(packages = "org.bianmin.hub")
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

	@BeforeEach
	void speakChinese() {
		// a browserless UI takes the JVM's locale, not the session's that ChineseFirst
		// sets
		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void shows_the_centre_name_and_a_chinese_form_that_posts_to_login() {
		navigate(LoginView.class);

		assertThat(find(H1.class).id("centre-name").getText()).isEqualTo("云岭县政务服务中心");
		LoginForm form = find(LoginForm.class).single();
		assertThat(form.getAction()).isEqualTo("login");
		assertThat(form.isError()).isFalse();
		assertThat(form.isForgotPasswordButtonVisible()).isFalse();
	}

	@Test
	void shows_the_error_after_a_refused_login() {
		UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));

		assertThat(getCurrentView()).isInstanceOf(LoginView.class);
		assertThat(find(LoginForm.class).single().isError()).isTrue();
	}

	@Test
	void other_query_parameters_show_no_error() {
		UI.getCurrent().navigate(LoginView.class, QueryParameters.of("continue", ""));

		assertThat(find(LoginForm.class).single().isError()).isFalse();
	}

	@Test
	void an_anonymous_visitor_never_sees_home() {
		UI.getCurrent().navigate("");

		// access control sends the browser to /login instead (a page load, so no view
		// here)
		assertThat(find(HomeView.class).all()).isEmpty();
	}

}
