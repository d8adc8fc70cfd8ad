package org.bianmin.hub.staff.ui;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.bianmin.hub.staff.StaffAccount;
import org.bianmin.hub.staff.StaffAccountService;
import org.bianmin.hub.staff.StaffAdminException;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.staff.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Opens a new account, or edits one: name, place, department and roles; enable or
 * disable; a new password; the A/B post backup. Every refusal is shown in Chinese in the
 * dialog.
 */
class AccountDialog extends Dialog {

	private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

	private final StaffAccountService accounts;

	private final StaffRef admin;

	private final @Nullable StaffAccount account;

	private final Runnable changed;

	private final Paragraph problem = new Paragraph();

	private final TextField username = new TextField();

	private final TextField displayName = new TextField();

	private final TextField nodeCode = new TextField();

	private final TextField department = new TextField();

	private final CheckboxGroup<Role> roles = new CheckboxGroup<>();

	private final PasswordField password = new PasswordField();

	private final ComboBox<StaffAccount> backup = new ComboBox<>();

	AccountDialog(StaffAccountService accounts, StaffRef admin, @Nullable StaffAccount account,
			Map<UUID, StaffAccount> colleagues, Runnable changed) {
		this.accounts = accounts;
		this.admin = admin;
		this.account = account;
		this.changed = changed;
		setHeaderTitle(getTranslation((account == null) ? "staff.open" : "staff.edit"));
		setWidth("min(44rem, 100vw)");
		this.problem.setId("account-problem");
		this.problem.addClassName("bianmin-problems");
		FormLayout form = new FormLayout();
		field(this.username, "staff.username", "account-username");
		field(this.displayName, "staff.name", "account-name");
		field(this.nodeCode, "staff.node", "account-node");
		this.nodeCode.setHelperText(getTranslation("staff.node-help"));
		field(this.department, "staff.department", "account-department");
		this.roles.setLabel(getTranslation("staff.roles"));
		this.roles.setId("account-roles");
		this.roles.setItems(Role.values());
		this.roles.setItemLabelGenerator((role) -> getTranslation("role." + role.name()));
		this.password.setLabel(getTranslation((account == null) ? "staff.password" : "staff.new-password"));
		this.password.setId("account-password");
		this.password.setHelperText(getTranslation("staff.password-help", StaffAccountService.MIN_PASSWORD_LENGTH));
		form.add(this.username, this.displayName, this.nodeCode, this.department);
		form.add(this.roles, 2);
		add(this.problem, form);
		if (account == null) {
			form.add(this.password);
			Button open = button("staff.open", "account-save", this::openAccount);
			getFooter().add(open);
		}
		else {
			fill(account);
			this.backup.setLabel(getTranslation("staff.backup"));
			this.backup.setId("account-backup");
			this.backup.setItems(colleagues.values()
				.stream()
				.filter((other) -> !other.id().equals(account.id()) && other.nodeCode().equals(account.nodeCode())
						&& other.enabled())
				.toList());
			this.backup.setItemLabelGenerator((other) -> other.displayName() + " (" + other.username() + ")");
			this.backup.setClearButtonVisible(true);
			UUID backupId = account.backupId();
			if (backupId != null) {
				this.backup.setValue(colleagues.get(backupId));
			}
			form.add(this.backup, new HorizontalLayout(this.password,
					button("staff.reset-password", "account-reset-password", this::resetPassword)));
			getFooter()
				.add(button(account.enabled() ? "staff.disable" : "staff.enable", "account-toggle", this::toggle));
			getFooter().add(button("staff.save-backup", "account-save-backup", this::saveBackup));
			getFooter().add(button("staff.save", "account-save", this::save));
		}
		getFooter().add(new Button(getTranslation("staff.cancel"), (event) -> close()));
	}

	private void fill(StaffAccount existing) {
		this.username.setValue(existing.username());
		this.username.setReadOnly(true);
		this.displayName.setValue(existing.displayName());
		this.nodeCode.setValue(existing.nodeCode());
		this.department.setValue(Objects.requireNonNullElse(existing.department(), ""));
		this.roles.setValue(existing.roles());
	}

	private void openAccount() {
		attempt(() -> {
			String name = this.username.getValue().strip().toLowerCase(java.util.Locale.ROOT);
			if (!USERNAME.matcher(name).matches()) {
				throw new StaffAdminException("staff.problem.username");
			}
			this.accounts.open(
					new StaffAccountService.Registration(name, requiredName(), node(), department(), roles()),
					this.password.getValue(), this.admin);
			return "staff.opened";
		});
	}

	private void save() {
		StaffAccount existing = Objects.requireNonNull(this.account);
		attempt(() -> {
			this.accounts.change(existing.id(), existing.version(),
					new StaffAccountService.Changes(requiredName(), node(), department(), roles()), this.admin);
			return "staff.saved";
		});
	}

	private void toggle() {
		StaffAccount existing = Objects.requireNonNull(this.account);
		attempt(() -> {
			this.accounts.setEnabled(existing.id(), existing.version(), !existing.enabled(), this.admin);
			return existing.enabled() ? "staff.disabled-done" : "staff.enabled-done";
		});
	}

	private void resetPassword() {
		StaffAccount existing = Objects.requireNonNull(this.account);
		attempt(() -> {
			this.accounts.resetPassword(existing.id(), existing.version(), this.password.getValue(), this.admin);
			return "staff.password-reset";
		});
	}

	private void saveBackup() {
		StaffAccount existing = Objects.requireNonNull(this.account);
		attempt(() -> {
			StaffAccount chosen = this.backup.getValue();
			this.accounts.setBackup(existing.id(), (chosen != null) ? chosen.id() : null, this.admin);
			return "staff.backup-saved";
		});
	}

	private void attempt(java.util.function.Supplier<String> change) {
		try {
			String done = change.get();
			close();
			this.changed.run();
			StaffAdminView.notify(getTranslation(done));
		}
		catch (StaffAdminException ex) {
			this.problem.setText(getTranslation(ex.messageKey(), StaffAccountService.MIN_PASSWORD_LENGTH));
		}
		catch (NodeCode.InvalidNodeCodeException ex) {
			this.problem.setText(getTranslation(ex.messageKey()));
		}
		catch (OptimisticLockingFailureException ex) {
			this.problem.setText(getTranslation("staff.problem.changed-meanwhile"));
		}
		catch (IllegalArgumentException ex) {
			this.problem.setText(getTranslation("staff.problem.invalid"));
		}
	}

	private String requiredName() {
		String name = this.displayName.getValue().strip();
		if (name.isEmpty()) {
			throw new StaffAdminException("staff.problem.name");
		}
		return name;
	}

	private String node() {
		return NodeCode.of(this.nodeCode.getValue()).value();
	}

	private @Nullable String department() {
		String value = this.department.getValue().strip();
		return value.isEmpty() ? null : value;
	}

	private Set<Role> roles() {
		Set<Role> chosen = this.roles.getValue();
		return chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen);
	}

	private Button button(String key, String id, Runnable action) {
		Button button = new Button(getTranslation(key), (event) -> action.run());
		button.setId(id);
		if ("account-save".equals(id)) {
			button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		}
		return button;
	}

	private void field(TextField field, String key, String id) {
		field.setLabel(getTranslation(key));
		field.setId(id);
	}

}
