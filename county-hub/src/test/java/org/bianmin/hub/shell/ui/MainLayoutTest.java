package org.bianmin.hub.shell.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.bianmin.hub.HubBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest extends HubBrowserlessTest {

	@Test
	@WithUserDetails("admin")
	void shows_the_signed_in_user_with_roles_and_the_hub_badge_in_chinese() {
		openHome(Locale.SIMPLIFIED_CHINESE);

		assertThat(find(Span.class).id("current-user").getText()).isEqualTo("赵建国");
		assertThat(find(Span.class).id("current-roles").getText()).isEqualTo("系统管理员");
		assertThat(find(Span.class).id("node-badge").getText()).isEqualTo("云岭县政务服务中心 · 县");
		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
			.containsExactly("首页", "事项目录", "编辑事项目录", "节假日安排", "人员账号", "操作日志", "办件查询", "同步监控", "同步异常", "节点管理");
		assertThat(find(Button.class).id("logout").getText()).isEqualTo("退出");
	}

	@Test
	@WithUserDetails("reviewer")
	void welcomes_a_reviewer_with_department_and_duties() {
		openHome(Locale.SIMPLIFIED_CHINESE);

		assertThat(find(H2.class).id("welcome").getText()).isEqualTo("欢迎，孙志强");
		assertThat(textOf(HomeView.class)).contains("云岭县政务服务中心（县民政局）工作，角色：后台审批员", "审批本部门的县级事项");
	}

	@Test
	@WithUserDetails("reviewer")
	void a_reviewer_is_offered_the_inbox_and_search_but_not_supervision() {
		openHome(Locale.SIMPLIFIED_CHINESE);

		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
			.containsExactly("首页", "事项目录", "审批待办", "办件查询");
	}

	@Test
	@WithUserDetails("supervisor")
	void offers_chinese_and_english_with_chinese_selected() {
		openHome(Locale.SIMPLIFIED_CHINESE);

		@SuppressWarnings("unchecked")
		Select<Locale> languages = find(Select.class).id("language-switch");
		assertThat(languages.getValue()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(languages.getListDataView().getItems().map(languages.getItemLabelGenerator()::apply))
			.containsExactly("中文", "English");
	}

	@Test
	@WithUserDetails("supervisor")
	void speaks_english_once_switched() {
		openHome(Locale.ENGLISH);

		assertThat(find(Span.class).id("node-badge").getText()).isEqualTo("云岭县政务服务中心 · County");
		assertThat(find(Span.class).id("current-roles").getText()).isEqualTo("Supervisor");
		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
			.containsExactly("Home", "Item catalog", "Case search", "Supervision", "Ratings", "Sync health",
					"Sync incidents");
	}

	/**
	 * Opens home in a language. A browserless UI takes the JVM's locale, not the
	 * session's that ChineseFirst sets, and the layout is built once per UI: leaving it
	 * and coming back builds it again, as the language switch's page reload does in a
	 * browser.
	 */
	private void openHome(Locale locale) {
		UI.getCurrent().setLocale(locale);
		navigate(LoginView.class);
		navigate(HomeView.class);
	}

	private String textOf(Class<HomeView> view) {
		return find(view).single().getElement().getTextRecursively();
	}

}
