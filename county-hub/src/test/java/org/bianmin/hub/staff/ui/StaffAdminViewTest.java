package org.bianmin.hub.staff.ui;

import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.bianmin.hub.HubBrowserlessTest;
import org.bianmin.hub.audit.AuditAction;
import org.bianmin.hub.audit.AuditTrail;
import org.bianmin.hub.staff.StaffAccount;
import org.bianmin.hub.staff.StaffAccountService;
import org.bianmin.model.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@WithUserDetails("admin")
class StaffAdminViewTest extends HubBrowserlessTest {

	@Autowired
	private StaffAccountService accounts;

	@Autowired
	private AuditTrail audit;

	@BeforeEach
	void speakChinese() {
		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	@SuppressWarnings("unchecked")
	void the_admin_opens_an_account_for_a_township_clerk() {
		navigate(StaffAdminView.class);
		test(find(Button.class).id("staff-open")).click();

		test(find(TextField.class).id("account-username")).setValue("clerk.view");
		test(find(TextField.class).id("account-name")).setValue("吴海燕");
		test(find(TextField.class).id("account-node")).setValue("QS");
		((CheckboxGroup<Role>) find(CheckboxGroup.class).id("account-roles")).setValue(Set.of(Role.WINDOW_CLERK));
		test(find(PasswordField.class).id("account-password")).setValue("start-2026-qs");
		test(find(Button.class).id("account-save")).click();

		assertThat(this.accounts.accounts()).filteredOn((account) -> account.username().equals("clerk.view"))
			.singleElement()
			.satisfies((account) -> {
				assertThat(account.nodeCode()).isEqualTo("QS");
				assertThat(account.roles()).containsExactly(Role.WINDOW_CLERK);
			});
		Grid<StaffAccount> grid = find(Grid.class).id("staff-accounts");
		assertThat(grid.getListDataView().getItems().map(StaffAccount::username)).contains("clerk.view");
		assertThat(this.audit.page(0, 1).getFirst().action()).isEqualTo(AuditAction.USER_CREATED);
	}

	@Test
	void a_short_password_and_a_bad_node_code_are_refused_in_chinese() {
		navigate(StaffAdminView.class);
		test(find(Button.class).id("staff-open")).click();
		test(find(TextField.class).id("account-username")).setValue("clerk.short");
		test(find(TextField.class).id("account-name")).setValue("吴海燕");
		test(find(TextField.class).id("account-node")).setValue("1QS");
		test(find(Button.class).id("account-save")).click();

		assertThat(find(Paragraph.class).id("account-problem").getText()).isEqualTo("节点代码必须以英文字母开头");

		test(find(TextField.class).id("account-node")).setValue("QS");
		test(find(PasswordField.class).id("account-password")).setValue("short");
		test(find(Button.class).id("account-save")).click();
		assertThat(find(Paragraph.class).id("account-problem").getText()).isEqualTo("密码至少需要8位。");
	}

}
