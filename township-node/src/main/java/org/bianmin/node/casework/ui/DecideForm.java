package org.bianmin.node.casework.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.DecisionOutcome;

/**
 * A township item's decision: approve, or reject with reasons (the domain requires them).
 */
class DecideForm extends Composite<FormLayout> implements ActionForm {

	private final RadioButtonGroup<DecisionOutcome> outcome = new RadioButtonGroup<>();

	private final TextArea reasons = new TextArea();

	DecideForm() {
		this.outcome.setLabel(getTranslation("casework.decide.outcome"));
		this.outcome.setId("decide-outcome");
		this.outcome.setItems(DecisionOutcome.values());
		this.outcome.setItemLabelGenerator((o) -> CaseworkLabels.enumLabel(this, "case.decision.", o));
		this.outcome.setValue(DecisionOutcome.APPROVED);
		this.reasons.setLabel(getTranslation("casework.decide.reasons"));
		this.reasons.setValueChangeMode(ValueChangeMode.EAGER);
		this.reasons.setId("action-reasons");
		this.reasons.setHelperText(getTranslation("casework.reasons.one-a-line"));
		this.reasons.setMaxLength(1000);
		getContent().add(this.outcome, this.reasons);
		getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
	}

	@Override
	public Optional<CaseCommand> command() {
		return Optional.of(new CaseCommand.Decide(this.outcome.getValue(), ReasonsForm.lines(this.reasons.getValue())));
	}

	@Override
	public Component component() {
		return this;
	}

}
