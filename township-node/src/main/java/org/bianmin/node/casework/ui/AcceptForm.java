package org.bianmin.node.casework.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.Deferral;
import org.bianmin.model.cases.ItemTerms;
import org.bianmin.model.cases.MaterialState;
import org.jspecify.annotations.Nullable;

/**
 * 受理, optionally with deferred non-key materials (容缺受理): for each non-key material a
 * tick, the date it is promised for and, once, who signed the commitment. Key materials
 * are not offered; the due date is offered up to the promised limit, and the domain still
 * has the last word on both.
 */
class AcceptForm extends Composite<FormLayout> implements ActionForm {

	private final List<Row> rows = new ArrayList<>();

	private final TextField committedBy = new TextField();

	AcceptForm(Case current, @Nullable LocalDate latestDue) {
		FormLayout form = getContent();
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
		int index = 0;
		for (ItemTerms.MaterialTerm term : current.item().materials()) {
			if (term.key()) {
				continue;
			}
			MaterialState state = current.materials().get(term.name());
			Checkbox defer = new Checkbox(getTranslation("casework.accept.defer", term.name()));
			defer.setId("defer-" + index);
			defer.setValue(state == MaterialState.DEFERRED || state == MaterialState.MISSING);
			DatePicker due = new DatePicker(getTranslation("casework.accept.due"));
			due.setId("defer-due-" + index);
			due.setMax(latestDue);
			due.setValue(latestDue);
			due.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
			form.add(defer, due);
			this.rows.add(new Row(term.name(), defer, due));
			index++;
		}
		if (this.rows.isEmpty()) {
			form.add(new Paragraph(getTranslation("casework.accept.nothing-to-defer")));
		}
		this.committedBy.setLabel(getTranslation("casework.accept.committed-by"));
		this.committedBy.setValueChangeMode(ValueChangeMode.EAGER);
		this.committedBy.setId("defer-committed-by");
		this.committedBy.setValue(current.filing().applicant().name().value());
		this.committedBy.setMaxLength(50);
		form.add(this.committedBy, 2);
	}

	@Override
	public Optional<CaseCommand> command() {
		List<Deferral> deferrals = new ArrayList<>();
		boolean complete = true;
		for (Row row : this.rows) {
			row.due.setInvalid(false);
			if (!row.defer.getValue()) {
				continue;
			}
			if (row.due.getValue() == null) {
				row.due.setErrorMessage(getTranslation("casework.accept.due-required"));
				row.due.setInvalid(true);
				complete = false;
				continue;
			}
			if (this.committedBy.getValue().isBlank()) {
				this.committedBy.setErrorMessage(getTranslation("casework.accept.committed-by-required"));
				this.committedBy.setInvalid(true);
				complete = false;
				continue;
			}
			deferrals.add(new Deferral(row.material, row.due.getValue(), this.committedBy.getValue().strip()));
		}
		return complete ? Optional.of(new CaseCommand.Accept(deferrals)) : Optional.empty();
	}

	@Override
	public Component component() {
		return this;
	}

	private record Row(String material, Checkbox defer, DatePicker due) {
	}

}
