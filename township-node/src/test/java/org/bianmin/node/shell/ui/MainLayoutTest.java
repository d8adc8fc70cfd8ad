package org.bianmin.node.shell.ui;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import org.bianmin.node.TownshipNodeTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@TownshipNodeTest
@WithUserDetails("clerk")
class MainLayoutTest extends SpringBrowserlessTest {

	@Test
	void shows_the_centre_and_its_level_in_chinese() {
		navigate(HomeView.class);

		assertThat(find(Span.class).id("node-badge").getText()).isEqualTo("青石镇便民服务中心 · 乡镇");
	}

	@Test
	void shows_who_is_logged_in_with_their_role_in_chinese() {
		navigate(HomeView.class);

		assertThat(find(Span.class).id("current-user").getText()).isEqualTo("周晓燕");
		assertThat(find(Span.class).id("current-roles").getText()).isEqualTo("窗口受理员");
	}

	@Test
	void offers_home_in_the_navigation() {
		navigate(HomeView.class);

		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("首页");
	}

	@Test
	void offers_logout() {
		navigate(HomeView.class);

		assertThat(find(Button.class).id("logout").getText()).isEqualTo("退出登录");
	}

	@Test
	void switches_to_english_for_the_rest_of_the_session() {
		navigate(HomeView.class);
		Button languageSwitch = find(Button.class).id("language-switch");
		assertThat(languageSwitch.getText()).isEqualTo("English");

		test(languageSwitch).click();

		assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
		navigate(HomeView.class);
		assertThat(find(Span.class).id("node-badge").getText()).isEqualTo("青石镇便民服务中心 · Township");
		assertThat(find(Span.class).id("current-roles").getText()).isEqualTo("Window clerk");
		assertThat(find(Button.class).id("language-switch").getText()).isEqualTo("中文");
	}

	@Test
	void welcomes_the_user_and_says_what_they_can_do_here() {
		navigate(HomeView.class);

		assertThat(find(H2.class).id("home-welcome").getText()).isEqualTo("周晓燕，您好！");
		assertThat(find(UnorderedList.class).id("home-duties").getElement().getTextRecursively()).startsWith("窗口受理员：")
			.contains("综合窗口受理");
	}

}
