package org.bianmin.node.casework.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.textfield.TextArea;
import org.bianmin.model.cases.CaseCommand;

/** Reasons, one a line: for a refusal (不予受理). */
class ReasonsForm extends Composite<FormLayout> implements ActionForm {

	private final TextArea reasons = new TextArea();

	private final Function<List<String>, CaseCommand> command;

	ReasonsForm(String label, Function<List<String>, CaseCommand> command) {
		this.command = command;
		this.reasons.setLabel(label);
		this.reasons.setValueChangeMode(ValueChangeMode.EAGER);
		this.reasons.setId("action-reasons");
		this.reasons.setHelperText(getTranslation("casework.reasons.one-a-line"));
		this.reasons.setMinRows(3);
		this.reasons.setMaxLength(1000);
		this.reasons.setWidthFull();
		getContent().add(this.reasons);
		getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
	}

	/** The reasons typed, blank lines dropped. */
	static List<String> lines(String text) {
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	@Override
	public Optional<CaseCommand> command() {
		return Optional.of(this.command.apply(lines(this.reasons.getValue())));
	}

	@Override
	public Component component() {
		return this;
	}

}
