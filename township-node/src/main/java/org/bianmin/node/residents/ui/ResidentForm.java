package org.bianmin.node.residents.ui;

import java.time.LocalDate;
import java.util.function.Supplier;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.bianmin.model.resident.InvalidPersonNameException;
import org.bianmin.model.resident.InvalidResidentIdException;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.node.residents.PhoneNumber;
import org.bianmin.node.residents.Resident;
import org.jspecify.annotations.Nullable;

/**
 * Registration of a resident. Checks every field on save and puts each problem's Chinese
 * message next to its field, all at once, keeping what was typed; publishes a
 * {@link SaveEvent} only when every field is valid. Takes today's date as a lookup, for
 * the ID number's future-date rule.
 */
class ResidentForm extends Composite<FormLayout> {

	final TextField residentId = new TextField();

	final TextField name = new TextField();

	final TextField phone = new TextField();

	final TextField village = new TextField();

	final Checkbox disabled = new Checkbox();

	final Checkbox pregnant = new Checkbox();

	final Button save = new Button();

	private final Supplier<LocalDate> today;

	ResidentForm(Supplier<LocalDate> today) {
		this.today = today;
	}

	@Override
	protected FormLayout initContent() {
		FormLayout layout = new FormLayout();
		this.residentId.setLabel(getTranslation("residents.field.id"));
		this.residentId.setId("resident-id");
		this.residentId.setRequiredIndicatorVisible(true);
		this.residentId.setMaxLength(40);
		// the form opens ready to type: the keyboard alone fills and saves it
		this.residentId.setAutofocus(true);
		this.name.setLabel(getTranslation("residents.field.name"));
		this.name.setId("resident-name");
		this.name.setRequiredIndicatorVisible(true);
		this.phone.setLabel(getTranslation("residents.field.phone"));
		this.phone.setId("resident-phone");
		this.village.setLabel(getTranslation("residents.field.village"));
		this.village.setId("resident-village");
		this.village.setRequiredIndicatorVisible(true);
		this.disabled.setLabel(getTranslation("residents.field.disabled"));
		this.disabled.setId("resident-disabled");
		this.pregnant.setLabel(getTranslation("residents.field.pregnant"));
		this.pregnant.setId("resident-pregnant");
		this.save.setText(getTranslation("residents.save"));
		this.save.setId("resident-save");
		this.save.addThemeVariants(ButtonVariant.PRIMARY);
		this.save.addClickShortcut(Key.ENTER);
		this.save.addClickListener((click) -> validateAndSave());
		layout.add(this.residentId, this.name, this.phone, this.village, this.disabled, this.pregnant, this.save);
		return layout;
	}

	Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	/** Shows a problem the service found with the ID number, e.g. already registered. */
	void showIdProblem(String messageKey) {
		invalid(this.residentId, messageKey);
	}

	private void validateAndSave() {
		ResidentId id = parseId();
		PersonName parsedName = parseName();
		PhoneNumber parsedPhone = parsePhone();
		String villageName = this.village.getValue().strip();
		boolean villageValid = !villageName.isEmpty()
				&& villageName.codePointCount(0, villageName.length()) <= Resident.Data.MAX_VILLAGE_LENGTH;
		if (villageValid) {
			valid(this.village);
		}
		else {
			invalid(this.village, "residents.village.invalid");
		}
		boolean phoneValid = parsedPhone != null || this.phone.getValue().isBlank();
		if (id != null && parsedName != null && phoneValid && villageValid) {
			fireEvent(new SaveEvent(this, new Resident.Data(id, parsedName, parsedPhone, villageName,
					this.disabled.getValue(), this.pregnant.getValue())));
		}
	}

	private @Nullable ResidentId parseId() {
		try {
			ResidentId id = ResidentId.parse(this.residentId.getValue(), this.today.get());
			valid(this.residentId);
			return id;
		}
		catch (InvalidResidentIdException ex) {
			invalid(this.residentId, ex.messageKey());
			return null;
		}
	}

	private @Nullable PersonName parseName() {
		try {
			PersonName parsed = PersonName.of(this.name.getValue());
			valid(this.name);
			return parsed;
		}
		catch (InvalidPersonNameException ex) {
			invalid(this.name, ex.messageKey());
			return null;
		}
	}

	private @Nullable PhoneNumber parsePhone() {
		if (this.phone.getValue().isBlank()) {
			valid(this.phone);
			return null;
		}
		try {
			PhoneNumber parsed = PhoneNumber.of(this.phone.getValue());
			valid(this.phone);
			return parsed;
		}
		catch (IllegalArgumentException ex) {
			invalid(this.phone, PhoneNumber.INVALID_KEY);
			return null;
		}
	}

	private void invalid(TextField field, String messageKey) {
		field.setErrorMessage(getTranslation(messageKey));
		field.setInvalid(true);
	}

	private static void valid(TextField field) {
		field.setErrorMessage(null);
		field.setInvalid(false);
	}

	/** A valid resident to register. */
	static class SaveEvent extends ComponentEvent<ResidentForm> {

		private final Resident.Data data;

		SaveEvent(ResidentForm source, Resident.Data data) {
			super(source, false);
			this.data = data;
		}

		Resident.Data data() {
			return this.data;
		}

	}

}
