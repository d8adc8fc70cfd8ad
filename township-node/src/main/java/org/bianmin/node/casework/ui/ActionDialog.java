package org.bianmin.node.casework.ui;

import java.util.function.Function;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CommandResult;

/**
 * One action in a dialog: its form, the domain's refusal right under it, and confirm /
 * cancel. A refused command leaves the dialog open with everything typed, so the clerk
 * corrects one field instead of starting over. Ctrl+Enter confirms (Enter alone belongs
 * to the text areas).
 */
class ActionDialog extends Dialog {

	private final Paragraph error = new Paragraph();

	ActionDialog(String title, ActionForm form, Function<CaseCommand, CommandResult> act, Runnable done) {
		setHeaderTitle(title);
		setId("action-dialog");
		this.error.setId("action-error");
		this.error.addClassName("bianmin-action-error");
		this.error.setVisible(false);
		add(form.component(), this.error);
		Button confirm = new Button(getTranslation("casework.action.confirm"),
				(click) -> form.command().ifPresent((command) -> show(act.apply(command), done)));
		confirm.setId("action-confirm");
		confirm.addThemeVariants(ButtonVariant.PRIMARY);
		// a modal dialog makes the rest of the UI inert, so the shortcut must listen on
		// the dialog
		confirm.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
		confirm.setTooltipText("Ctrl+Enter");
		Button cancel = new Button(getTranslation("casework.action.cancel"), (click) -> close());
		cancel.setId("action-cancel");
		getFooter().add(cancel, confirm);
		setMaxWidth("40em");
		setWidthFull();
	}

	private void show(CommandResult result, Runnable done) {
		switch (result) {
			case CommandResult.Done ignored -> {
				close();
				done.run();
			}
			case CommandResult.Denied denied -> {
				this.error.setText(CaseworkLabels.violation(this, denied.violation()));
				this.error.setVisible(true);
			}
		}
	}

}
