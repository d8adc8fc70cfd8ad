package org.bianmin.hub.sync.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.hub.i18n.NodeLevelLabels;
import org.bianmin.hub.sync.NodeRegistration;
import org.bianmin.hub.sync.NodeRegistryException;
import org.bianmin.hub.sync.SyncNode;
import org.bianmin.hub.sync.SyncNodeService;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.jspecify.annotations.Nullable;

/**
 * 节点管理: registers nodes (the secret shown once), renames, disables and enables them,
 * rotates their secrets, and shows what the hub last heard from each: contact, clock skew
 * (flagged beyond the bound), waiting events and the catalog version it holds.
 */
@Route("nodes")
@RolesAllowed("ADMIN")
class NodesView extends VerticalLayout implements HasDynamicTitle {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ServiceTime.SERVICE_ZONE);

	private final SyncNodeService nodes;

	private final Grid<SyncNode> grid = new Grid<>();

	private final Span error = new Span();

	private final NodeRegistrationForm form;

	private final Button rename = new Button(getTranslation("sync.nodes.rename"));

	private final Button toggle = new Button(getTranslation("sync.nodes.disable"));

	private final Button rotate = new Button(getTranslation("sync.nodes.rotate"));

	NodesView(SyncNodeService nodes) {
		this.nodes = nodes;
		this.form = new NodeRegistrationForm(this::townships, this::register);
		this.error.setId("node-error");
		this.error.addClassName("bianmin-error");
		add(new H2(getTranslation("sync.nodes.title")), new H3(getTranslation("sync.nodes.register.title")), this.form,
				this.error, createActions(), createGrid());
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("sync.nodes.title");
	}

	private java.util.List<NodeCode> townships() {
		return this.nodes.nodes().stream().filter((n) -> n.level() == NodeLevel.TOWNSHIP).map(SyncNode::code).toList();
	}

	private void register(Supplier<NodeRegistration> registration) {
		run(() -> {
			var issued = this.nodes.register(registration.get());
			this.form.clear();
			refresh();
			new SecretDialog(issued).open();
		});
	}

	// the form throws for a missing field or a malformed code: shown like the service's
	// refusals
	private void run(Runnable action) {
		this.error.setText("");
		try {
			action.run();
		}
		catch (NodeRegistryException ex) {
			this.error.setText(getTranslation(ex.messageKey(), ex.args().toArray()));
		}
		catch (NodeCode.InvalidNodeCodeException ex) {
			this.error.setText(getTranslation(ex.messageKey()));
		}
	}

	private Grid<SyncNode> createGrid() {
		this.grid.setId("nodes");
		this.grid.addColumn((node) -> node.code().value())
			.setHeader(getTranslation("sync.nodes.code"))
			.setAutoWidth(true);
		this.grid.addColumn(SyncNode::name).setHeader(getTranslation("sync.nodes.name")).setFlexGrow(2);
		this.grid.addColumn((node) -> getTranslation(NodeLevelLabels.key(node.level())))
			.setHeader(getTranslation("sync.nodes.level"))
			.setAutoWidth(true);
		this.grid.addColumn((node) -> (node.parentTownship() == null) ? "" : node.parentTownship().value())
			.setHeader(getTranslation("sync.nodes.parent"))
			.setAutoWidth(true);
		this.grid
			.addColumn((node) -> getTranslation(node.enabled() ? "sync.nodes.enabled.yes" : "sync.nodes.enabled.no"))
			.setHeader(getTranslation("sync.nodes.enabled"))
			.setAutoWidth(true);
		this.grid.addColumn((node) -> time(node.lastContactAt()))
			.setHeader(getTranslation("sync.nodes.last-contact"))
			.setAutoWidth(true);
		this.grid.addColumn(this::skew).setHeader(getTranslation("sync.nodes.clock-skew")).setAutoWidth(true);
		this.grid.addColumn(this::waiting).setHeader(getTranslation("sync.nodes.waiting")).setAutoWidth(true);
		this.grid
			.addColumn((node) -> (node.report() == null) ? getTranslation("sync.nodes.unknown")
					: getTranslation("sync.nodes.catalog.value", node.report().catalogVersion()))
			.setHeader(getTranslation("sync.nodes.catalog"))
			.setAutoWidth(true);
		this.grid.setAllRowsVisible(true);
		this.grid.addSelectionListener((event) -> {
			boolean selected = event.getFirstSelectedItem().isPresent();
			this.rename.setEnabled(selected);
			this.toggle.setEnabled(selected);
			this.rotate.setEnabled(selected);
			event.getFirstSelectedItem()
				.ifPresent((node) -> this.toggle
					.setText(getTranslation(node.enabled() ? "sync.nodes.disable" : "sync.nodes.enable")));
		});
		return this.grid;
	}

	private String time(@Nullable Instant instant) {
		return (instant == null) ? getTranslation("sync.nodes.never") : TIME.format(instant);
	}

	private String skew(SyncNode node) {
		Long millis = node.clockSkewMillis();
		if (millis == null) {
			return getTranslation("sync.nodes.unknown");
		}
		String key = this.nodes.isClockFlagged(node) ? "sync.nodes.clock-skew.flagged" : "sync.nodes.clock-skew.value";
		return getTranslation(key, Math.round(millis / 1000.0));
	}

	private String waiting(SyncNode node) {
		SyncNode.ReportedFigures report = node.report();
		return (report == null) ? getTranslation("sync.nodes.unknown") : getTranslation("sync.nodes.waiting.value",
				report.pendingEvents(), report.rejectedEvents(), report.pendingAttachments());
	}

	// the actions work on the node selected in the grid
	private HorizontalLayout createActions() {
		this.rename.setId("rename-node");
		this.rename.addClickListener((event) -> selected().ifPresent(this::openRename));
		this.toggle.setId("toggle-node");
		this.toggle.addClickListener((event) -> selected().ifPresent((node) -> run(() -> {
			this.nodes.setEnabled(node.code(), !node.enabled());
			refresh();
		})));
		this.rotate.setId("rotate-secret");
		this.rotate.addClickListener((event) -> selected().ifPresent(this::confirmRotate));
		for (Button button : new Button[] { this.rename, this.toggle, this.rotate }) {
			button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			button.setEnabled(false);
		}
		return new HorizontalLayout(this.rename, this.toggle, this.rotate);
	}

	private java.util.Optional<SyncNode> selected() {
		return this.grid.getSelectedItems().stream().findFirst();
	}

	private void openRename(SyncNode node) {
		Dialog dialog = new Dialog();
		dialog.setId("rename-dialog");
		dialog.setHeaderTitle(getTranslation("sync.nodes.rename.title", node.code().value()));
		TextField name = new TextField(getTranslation("sync.nodes.name"), node.name(), "");
		name.setId("rename-name");
		Button save = new Button(getTranslation("sync.nodes.save"), (event) -> run(() -> {
			this.nodes.rename(node.code(), name.getValue());
			dialog.close();
			refresh();
		}));
		save.setId("rename-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.add(name);
		dialog.getFooter().add(new Button(getTranslation("sync.nodes.cancel"), (event) -> dialog.close()), save);
		dialog.open();
	}

	private void confirmRotate(SyncNode node) {
		ConfirmDialog confirm = new ConfirmDialog();
		confirm.setId("rotate-confirm");
		confirm.setHeader(getTranslation("sync.nodes.rotate"));
		confirm.setText(getTranslation("sync.nodes.rotate.confirm", node.code().value()));
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("sync.nodes.cancel"));
		confirm.setConfirmText(getTranslation("sync.nodes.rotate"));
		confirm.addConfirmListener((event) -> run(() -> new SecretDialog(this.nodes.rotateSecret(node.code())).open()));
		confirm.open();
	}

	private void refresh() {
		this.grid.setItems(this.nodes.nodes());
		this.grid.deselectAll();
		this.form.refreshTownships();
	}

}
