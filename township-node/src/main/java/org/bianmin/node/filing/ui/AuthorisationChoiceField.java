package org.bianmin.node.filing.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.bianmin.model.cases.Authorisation;
import org.bianmin.node.filing.FilingRequest;
import org.jspecify.annotations.Nullable;

/**
 * Which authorisation (委托) an agent files under: none yet (the domain then refuses and
 * says why), the resident's standing one, or one recorded now for this case only.
 */
class AuthorisationChoiceField extends Div {

	enum Kind {

		NONE, STANDING, THIS_CASE

	}

	final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();

	final DatePicker givenOn = new DatePicker();

	final RadioButtonGroup<Authorisation.Form> form = new RadioButtonGroup<>();

	final TextField witness = new TextField();

	private final Supplier<LocalDate> today;

	private @Nullable Authorisation standing;

	AuthorisationChoiceField(Supplier<LocalDate> today) {
		this.today = today;
		setId("filing-authorisation-field");
		this.kind.setId("filing-authorisation");
		this.kind.setLabel(getTranslation("filing.authorisation"));
		this.kind.setItems(Kind.values());
		this.kind.setItemLabelGenerator(this::label);
		this.kind.setItemEnabledProvider((k) -> k != Kind.STANDING || this.standing != null);
		this.kind.setValue(Kind.NONE);
		this.kind.addValueChangeListener((change) -> showThisCaseFields());
		this.givenOn.setId("filing-authorisation-given-on");
		this.givenOn.setLabel(getTranslation("residents.authorisation.given-on"));
		this.givenOn.setValue(today.get());
		this.form.setId("filing-authorisation-form");
		this.form.setLabel(getTranslation("residents.authorisation.form"));
		this.form.setItems(Authorisation.Form.values());
		this.form.setItemLabelGenerator((f) -> getTranslation("case.authorisation.form." + f.name()));
		this.form.setValue(Authorisation.Form.SIGNED_PAPER);
		this.witness.setId("filing-authorisation-witness");
		this.witness.setLabel(getTranslation("residents.authorisation.witness-field"));
		add(this.kind, this.givenOn, this.form, this.witness);
		showThisCaseFields();
	}

	/** The resident's standing authorisation, chosen by default when there is one. */
	void setStanding(@Nullable Authorisation standing) {
		this.standing = standing;
		this.kind.setItems(Kind.values());
		this.kind.setValue((standing != null) ? Kind.STANDING : Kind.NONE);
	}

	/**
	 * The choice, or null (with the fields' messages set) when the entry is incomplete.
	 */
	FilingRequest.@Nullable AuthorisationChoice choice() {
		Kind chosen = (this.kind.getValue() != null) ? this.kind.getValue() : Kind.NONE;
		return switch (chosen) {
			case NONE -> new FilingRequest.AuthorisationChoice.None();
			case STANDING -> new FilingRequest.AuthorisationChoice.Standing();
			case THIS_CASE -> thisCase();
		};
	}

	private FilingRequest.@Nullable AuthorisationChoice thisCase() {
		LocalDate date = this.givenOn.getValue();
		boolean dateValid = date != null && !date.isAfter(this.today.get());
		this.givenOn.setErrorMessage(getTranslation("residents.authorisation.date-required"));
		this.givenOn.setInvalid(!dateValid);
		Authorisation.Form how = this.form.getValue();
		boolean witnessValid = how != Authorisation.Form.WITNESSED_VERBAL || !this.witness.getValue().isBlank();
		this.witness.setErrorMessage(getTranslation("residents.authorisation.witness-required"));
		this.witness.setInvalid(!witnessValid);
		if (!dateValid || !witnessValid || how == null) {
			return null;
		}
		return new FilingRequest.AuthorisationChoice.ThisCase(new Authorisation(date, Authorisation.Scope.THIS_CASE,
				how, (how == Authorisation.Form.WITNESSED_VERBAL) ? this.witness.getValue() : null));
	}

	private void showThisCaseFields() {
		boolean thisCase = this.kind.getValue() == Kind.THIS_CASE;
		this.givenOn.setVisible(thisCase);
		this.form.setVisible(thisCase);
		this.witness.setVisible(thisCase);
	}

	private String label(Kind k) {
		return switch (k) {
			case NONE -> getTranslation("filing.authorisation.NONE");
			case STANDING -> (this.standing != null)
					? getTranslation("filing.authorisation.STANDING",
							DateTimeFormatter.ISO_LOCAL_DATE.format(this.standing.givenOn()),
							getTranslation("case.authorisation.form." + this.standing.form().name()))
					: getTranslation("filing.authorisation.STANDING-none");
			case THIS_CASE -> getTranslation("filing.authorisation.THIS_CASE");
		};
	}

}
