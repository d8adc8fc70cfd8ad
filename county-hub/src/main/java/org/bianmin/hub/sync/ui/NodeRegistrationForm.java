package org.bianmin.hub.sync.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.bianmin.hub.i18n.NodeLevelLabels;
import org.bianmin.hub.sync.NodeRegistration;
import org.bianmin.hub.sync.NodeRegistryException;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;

/**
 * The fields of a new node. Lookups come in as functions and the result goes out to a
 * listener, as a supplier that throws for a missing or malformed field, so the view shows
 * those mistakes like the service's: the form never calls a service.
 */
class NodeRegistrationForm extends Composite<FormLayout> {

	private final TextField code = new TextField();

	private final Select<NodeLevel> level = new Select<>();

	private final Select<NodeCode> parent = new Select<>();

	private final TextField name = new TextField();

	private final Supplier<List<NodeCode>> townships;

	NodeRegistrationForm(Supplier<List<NodeCode>> townships, Consumer<Supplier<NodeRegistration>> onRegister) {
		this.townships = townships;
		this.code.setId("node-code");
		this.code.setLabel(getTranslation("sync.nodes.code"));
		this.code.setMaxLength(NodeCode.MAX_LENGTH);
		this.level.setId("node-level");
		this.level.setLabel(getTranslation("sync.nodes.level"));
		this.level.setItems(NodeLevel.TOWNSHIP, NodeLevel.VILLAGE);
		this.level.setItemLabelGenerator((value) -> getTranslation(NodeLevelLabels.key(value)));
		this.level.addValueChangeListener((event) -> this.parent.setEnabled(event.getValue() == NodeLevel.VILLAGE));
		this.parent.setId("node-parent");
		this.parent.setLabel(getTranslation("sync.nodes.parent"));
		this.parent.setItemLabelGenerator(NodeCode::value);
		this.parent.setEnabled(false);
		this.name.setId("node-name");
		this.name.setLabel(getTranslation("sync.nodes.name"));
		this.name.setMaxLength(100);
		Button register = new Button(getTranslation("sync.nodes.register"),
				(event) -> onRegister.accept(this::registration));
		register.setId("register-node");
		register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getContent().add(this.code, this.level, this.parent, this.name, register);
		refreshTownships();
	}

	void refreshTownships() {
		this.parent.setItems(this.townships.get());
	}

	void clear() {
		this.code.clear();
		this.level.clear();
		this.parent.clear();
		this.name.clear();
	}

	/**
	 * @throws NodeRegistryException or NodeCode.InvalidNodeCodeException for what is
	 * missing or wrong
	 */
	private NodeRegistration registration() {
		if (this.code.getValue().isBlank()) {
			throw new NodeRegistryException("sync.nodes.error.code-required");
		}
		NodeCode nodeCode = NodeCode.of(this.code.getValue());
		NodeLevel nodeLevel = this.level.getValue();
		if (nodeLevel == null) {
			throw new NodeRegistryException("sync.nodes.error.level-required");
		}
		NodeCode township = (nodeLevel == NodeLevel.VILLAGE) ? this.parent.getValue() : null;
		return new NodeRegistration(nodeCode, nodeLevel, township, this.name.getValue());
	}

}
