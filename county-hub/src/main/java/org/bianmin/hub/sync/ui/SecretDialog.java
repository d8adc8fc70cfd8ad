package org.bianmin.hub.sync.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import org.bianmin.hub.sync.IssuedSecret;

/**
 * Shows a node's new secret, this once: closing the dialog is the last time anyone sees
 * it at the hub (docs/sync-protocol.md 3.1).
 */
class SecretDialog extends Dialog {

	SecretDialog(IssuedSecret issued) {
		setId("secret-dialog");
		setHeaderTitle(getTranslation("sync.nodes.secret.title", issued.node().value()));
		setCloseOnOutsideClick(false);
		Pre secret = new Pre(issued.secret());
		secret.setId("issued-secret");
		add(new Paragraph(getTranslation("sync.nodes.secret.once")), secret);
		Button close = new Button(getTranslation("sync.nodes.secret.close"), (event) -> {
			secret.setText("");
			close();
		});
		close.setId("close-secret");
		close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(close);
	}

}
