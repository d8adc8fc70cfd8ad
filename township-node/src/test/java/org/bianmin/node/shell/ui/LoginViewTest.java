package org.bianmin.node.shell.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.bianmin.node.TownshipNodeTest;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

@TownshipNodeTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

	@Test
	void shows_the_centre_name() {
		navigate(LoginView.class);

		assertThat(find(H1.class).id("login-centre").getText()).isEqualTo("青石镇便民服务中心");
	}

	@Test
	void labels_the_login_form_in_chinese() {
		navigate(LoginView.class);

		String i18n = String.valueOf(find(LoginForm.class).single().getElement().getPropertyRaw("i18n"));
		assertThat(i18n).contains("\"用户名\"", "\"密码\"", "\"登录\"", "用户名或密码不正确");
	}

	@Test
	void posts_to_spring_security_without_a_forgot_password_link() {
		LoginForm form = navigate(LoginView.class).getChildren()
			.filter(LoginForm.class::isInstance)
			.map(LoginForm.class::cast)
			.findFirst()
			.orElseThrow();

		assertThat(form.getAction()).isEqualTo("login");
		assertThat(form.isForgotPasswordButtonVisible()).isFalse();
	}

	@Test
	void shows_no_error_on_a_first_visit() {
		navigate(LoginView.class);

		assertThat(find(LoginForm.class).single().isError()).isFalse();
	}

	@Test
	void shows_the_error_after_a_failed_login() {
		UI.getCurrent().navigate(LoginView.ROUTE, QueryParameters.of("error", ""));

		assertThat(find(LoginForm.class).single().isError()).isTrue();
	}

}
