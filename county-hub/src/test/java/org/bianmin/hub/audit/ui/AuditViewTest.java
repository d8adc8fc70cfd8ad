package org.bianmin.hub.audit.ui;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.bianmin.hub.HubBrowserlessTest;
import org.bianmin.hub.audit.AuditEntry;
import org.bianmin.hub.staff.StaffAccountService;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.staff.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class AuditViewTest extends HubBrowserlessTest {

	@Autowired
	private StaffAccountService accounts;

	@Test
	@WithUserDetails("admin")
	@SuppressWarnings("unchecked")
	void lists_admin_actions_newest_first_in_chinese() {
		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
		String username = "audit." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.open(new StaffAccountService.Registration(username, "郑国强", "QS", null, Set.of(Role.WINDOW_CLERK)),
				"password-123", new StaffRef("admin", "赵建国"));

		navigate(AuditView.class);

		Grid<AuditEntry> entries = find(Grid.class).id("audit-entries");
		AuditEntry newest = entries.getLazyDataView().getItems().findFirst().orElseThrow();
		assertThat(newest.target()).isEqualTo(username);
		assertThat(test(entries).getCellText(0, 2)).isEqualTo("新建账号");
		assertThat(test(entries).getCellText(0, 1)).isEqualTo("赵建国 (admin)");
	}

}
