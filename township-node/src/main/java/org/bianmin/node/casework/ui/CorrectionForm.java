package org.bianmin.node.casework.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.ItemTerms;
import org.bianmin.model.cases.MaterialIssue;
import org.bianmin.model.cases.MaterialState;

/**
 * The one-time correction notice (一次性告知书): every material with a tick, missing or faulty,
 * and a note. Every material recorded as missing is ticked already, because the notice
 * must list them all at once; a faulty one needs a note saying what is wrong.
 */
class CorrectionForm extends Composite<FormLayout> implements ActionForm {

	private final List<Line> lines = new ArrayList<>();

	CorrectionForm(Case current) {
		FormLayout form = getContent();
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
		int index = 0;
		for (ItemTerms.MaterialTerm term : current.item().materials()) {
			boolean missing = current.materials().get(term.name()) == MaterialState.MISSING;
			Checkbox listed = new Checkbox(term.name(), missing);
			listed.setId("issue-" + index);
			RadioButtonGroup<MaterialIssue.Kind> kind = new RadioButtonGroup<>();
			kind.setId("issue-kind-" + index);
			kind.setItems(MaterialIssue.Kind.values());
			kind.setItemLabelGenerator((k) -> CaseworkLabels.enumLabel(this, "case.issue.", k));
			kind.setValue(missing ? MaterialIssue.Kind.MISSING : MaterialIssue.Kind.FAULTY);
			TextField note = new TextField();
			note.setId("issue-note-" + index);
			note.setValueChangeMode(ValueChangeMode.EAGER);
			note.setPlaceholder(getTranslation("casework.correction.note"));
			note.setMaxLength(200);
			form.add(listed, kind, note);
			this.lines.add(new Line(term.name(), listed, kind, note));
			index++;
		}
	}

	@Override
	public Optional<CaseCommand> command() {
		List<MaterialIssue> issues = new ArrayList<>();
		boolean complete = true;
		for (Line line : this.lines) {
			line.note.setInvalid(false);
			if (!line.listed.getValue()) {
				continue;
			}
			String note = line.note.getValue().isBlank() ? null : line.note.getValue().strip();
			if (line.kind.getValue() == MaterialIssue.Kind.FAULTY && note == null) {
				line.note.setErrorMessage(getTranslation("casework.correction.note-required"));
				line.note.setInvalid(true);
				complete = false;
				continue;
			}
			issues.add(new MaterialIssue(line.material, line.kind.getValue(), note));
		}
		return complete ? Optional.of(new CaseCommand.RequestCorrection(issues)) : Optional.empty();
	}

	@Override
	public Component component() {
		return this;
	}

	private record Line(String material, Checkbox listed, RadioButtonGroup<MaterialIssue.Kind> kind, TextField note) {
	}

}
