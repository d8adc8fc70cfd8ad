package org.bianmin.node.residents.ui;

import java.time.LocalDate;
import java.util.function.Supplier;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.bianmin.model.cases.Authorisation;

/**
 * Records a resident's standing authorisation: the date it was given, how (signed paper,
 * fingerprint, or verbally before a named witness for those who cannot sign).
 */
class StandingAuthorisationForm extends Composite<FormLayout> {

	final DatePicker givenOn = new DatePicker();

	final RadioButtonGroup<Authorisation.Form> form = new RadioButtonGroup<>();

	final TextField witness = new TextField();

	final Button record = new Button();

	private final Supplier<LocalDate> today;

	StandingAuthorisationForm(Supplier<LocalDate> today) {
		this.today = today;
	}

	@Override
	protected FormLayout initContent() {
		this.givenOn.setLabel(getTranslation("residents.authorisation.given-on"));
		this.givenOn.setId("authorisation-given-on");
		this.givenOn.setValue(this.today.get());
		this.givenOn.setMax(this.today.get());
		this.form.setLabel(getTranslation("residents.authorisation.form"));
		this.form.setId("authorisation-form");
		this.form.setItems(Authorisation.Form.values());
		this.form.setItemLabelGenerator((value) -> getTranslation("case.authorisation.form." + value.name()));
		this.form.setValue(Authorisation.Form.SIGNED_PAPER);
		this.witness.setLabel(getTranslation("residents.authorisation.witness-field"));
		this.witness.setId("authorisation-witness");
		this.record.setText(getTranslation("residents.authorisation.record"));
		this.record.setId("authorisation-record");
		this.record.addClickListener((click) -> validateAndRecord());
		return new FormLayout(this.givenOn, this.form, this.witness, this.record);
	}

	Registration addRecordListener(ComponentEventListener<RecordEvent> listener) {
		return addListener(RecordEvent.class, listener);
	}

	private void validateAndRecord() {
		LocalDate date = this.givenOn.getValue();
		boolean dateValid = date != null && !date.isAfter(this.today.get());
		this.givenOn.setInvalid(!dateValid);
		this.givenOn.setErrorMessage(dateValid ? null : getTranslation("residents.authorisation.date-required"));
		Authorisation.Form how = this.form.getValue();
		boolean witnessValid = how != Authorisation.Form.WITNESSED_VERBAL || !this.witness.getValue().isBlank();
		this.witness.setInvalid(!witnessValid);
		this.witness.setErrorMessage(witnessValid ? null : getTranslation("residents.authorisation.witness-required"));
		if (dateValid && witnessValid && how != null) {
			String name = this.witness.getValue().isBlank() ? null : this.witness.getValue();
			fireEvent(new RecordEvent(this, new Authorisation(date, Authorisation.Scope.STANDING, how,
					(how == Authorisation.Form.WITNESSED_VERBAL) ? name : null)));
		}
	}

	/** A valid standing authorisation to record. */
	static class RecordEvent extends ComponentEvent<StandingAuthorisationForm> {

		private final Authorisation authorisation;

		RecordEvent(StandingAuthorisationForm source, Authorisation authorisation) {
			super(source, false);
			this.authorisation = authorisation;
		}

		Authorisation authorisation() {
			return this.authorisation;
		}

	}

}
