package org.bianmin.hub.staff.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.hub.i18n.RoleLabels;
import org.bianmin.hub.staff.StaffAccount;
import org.bianmin.hub.staff.StaffAccountService;
import org.bianmin.hub.staff.StaffUserDetails;
import org.bianmin.model.cases.StaffRef;

import org.springframework.security.access.AccessDeniedException;

/**
 * 人员账号: every staff account by place and department, with roles, A/B post backup and
 * whether it may log in. An administrator opens accounts and, per account, edits it,
 * enables or disables it, resets its password and names its backup
 * ({@link AccountDialog}).
 */
@Route("staff")
@RolesAllowed("ADMIN")
class StaffAdminView extends VerticalLayout implements HasDynamicTitle {

	private final StaffAccountService accounts;

	private final StaffRef admin;

	private final Grid<StaffAccount> grid = new Grid<>();

	private final TextField filter = new TextField();

	private GridListDataView<StaffAccount> rows;

	// the signed-in account straight from Vaadin's context: security depends on staff, so
	// staff must not depend on security's CurrentUser
	StaffAdminView(StaffAccountService accounts, AuthenticationContext authentication) {
		this.accounts = accounts;
		StaffUserDetails user = authentication.getAuthenticatedUser(StaffUserDetails.class)
			.orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
		this.admin = new StaffRef(user.getUsername(), user.displayName());
		setSizeFull();
		add(new H2(getTranslation("staff.title")), createToolbar(), createGrid());
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("staff.title");
	}

	private HorizontalLayout createToolbar() {
		this.filter.setId("staff-filter");
		this.filter.setPlaceholder(getTranslation("staff.filter"));
		this.filter.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.filter.setValueChangeMode(ValueChangeMode.LAZY);
		this.filter.addValueChangeListener((event) -> this.rows.setFilter(this::matches));
		Button open = new Button(getTranslation("staff.open"), VaadinIcon.PLUS.create(),
				(event) -> new AccountDialog(this.accounts, this.admin, null, Map.of(), this::refresh).open());
		open.setId("staff-open");
		open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		return new HorizontalLayout(this.filter, open);
	}

	private Grid<StaffAccount> createGrid() {
		this.grid.setId("staff-accounts");
		this.grid.addColumn(StaffAccount::username).setHeader(getTranslation("staff.username")).setAutoWidth(true);
		this.grid.addColumn(StaffAccount::displayName).setHeader(getTranslation("staff.name")).setAutoWidth(true);
		this.grid.addColumn(StaffAccount::nodeCode).setHeader(getTranslation("staff.node")).setAutoWidth(true);
		this.grid.addColumn((account) -> Objects.requireNonNullElse(account.department(), ""))
			.setHeader(getTranslation("staff.department"))
			.setAutoWidth(true);
		this.grid.addColumn((account) -> RoleLabels.join(account.roles(), this::getTranslation))
			.setHeader(getTranslation("staff.roles"))
			.setFlexGrow(2);
		this.grid.addColumn((account) -> getTranslation(account.enabled() ? "staff.enabled" : "staff.disabled"))
			.setHeader(getTranslation("staff.state"))
			.setAutoWidth(true);
		this.grid.addColumn(this::backupName).setHeader(getTranslation("staff.backup")).setAutoWidth(true);
		this.grid.addItemClickListener(
				(event) -> new AccountDialog(this.accounts, this.admin, event.getItem(), byId(), this::refresh).open());
		this.grid.setSizeFull();
		return this.grid;
	}

	private String backupName(StaffAccount account) {
		UUID backup = account.backupId();
		if (backup == null) {
			return "";
		}
		StaffAccount other = byId().get(backup);
		return (other != null) ? other.displayName() + " (" + other.username() + ")" : "";
	}

	private Map<UUID, StaffAccount> byId() {
		return this.rows.getItems().collect(Collectors.toMap(StaffAccount::id, Function.identity()));
	}

	private boolean matches(StaffAccount account) {
		String wanted = this.filter.getValue().strip().toLowerCase(Locale.ROOT);
		if (wanted.isEmpty()) {
			return true;
		}
		return account.username().contains(wanted) || account.displayName().contains(wanted)
				|| account.nodeCode().toLowerCase(Locale.ROOT).contains(wanted)
				|| (account.department() != null && account.department().contains(wanted));
	}

	private void refresh() {
		this.rows = this.grid.setItems(this.accounts.accounts());
		this.rows.setFilter(this::matches);
	}

	static void notify(String text) {
		Notification.show(text);
	}

}
