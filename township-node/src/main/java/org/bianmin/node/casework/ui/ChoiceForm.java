package org.bianmin.node.casework.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.bianmin.model.cases.CaseCommand;
import org.jspecify.annotations.Nullable;

/**
 * One choice among a few, with an optional comment: delivery method (出件方式), the rating's
 * five levels, the deferred material that arrived. Radio buttons, so the arrow keys pick.
 */
class ChoiceForm<T> extends Composite<FormLayout> implements ActionForm {

	private final RadioButtonGroup<T> choice = new RadioButtonGroup<>();

	private final @Nullable TextField comment;

	private final Function<Picked<T>, CaseCommand> command;

	ChoiceForm(String label, List<T> items, ItemLabelGenerator<T> labels, @Nullable String commentLabel,
			Function<Picked<T>, CaseCommand> command) {
		this.command = command;
		this.choice.setLabel(label);
		this.choice.setId("action-choice");
		this.choice.setItems(items);
		this.choice.setItemLabelGenerator(labels);
		if (!items.isEmpty()) {
			this.choice.setValue(items.getFirst());
		}
		getContent().add(this.choice);
		if (commentLabel != null) {
			this.comment = new TextField(commentLabel);
			this.comment.setId("action-comment");
			this.comment.setValueChangeMode(ValueChangeMode.EAGER);
			this.comment.setMaxLength(500);
			getContent().add(this.comment);
		}
		else {
			this.comment = null;
		}
		getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
	}

	@Override
	public Optional<CaseCommand> command() {
		T value = this.choice.getValue();
		if (value == null) {
			this.choice.setErrorMessage(getTranslation("casework.choice.required"));
			this.choice.setInvalid(true);
			return Optional.empty();
		}
		String text = (this.comment != null && !this.comment.getValue().isBlank()) ? this.comment.getValue().strip()
				: null;
		return Optional.of(this.command.apply(new Picked<>(value, text)));
	}

	@Override
	public Component component() {
		return this;
	}

	record Picked<T>(T value, @Nullable String comment) {
	}

}
