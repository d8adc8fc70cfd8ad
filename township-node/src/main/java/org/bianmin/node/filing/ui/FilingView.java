package org.bianmin.node.filing.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.Channel;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.cases.RuleViolation;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.node.casework.CaseNotFoundException;
import org.bianmin.node.filing.FilingOutcome;
import org.bianmin.node.filing.FilingRequest;
import org.bianmin.node.filing.FilingService;
import org.bianmin.node.residents.Resident;
import org.bianmin.node.residents.ResidentNotFoundException;
import org.bianmin.node.residents.ResidentRegisterService;
import org.bianmin.node.residents.ResidentSummary;
import org.bianmin.node.security.CurrentUser;
import org.bianmin.node.staff.StaffPrincipal;
import org.jspecify.annotations.Nullable;

/**
 * Files a case: applicant, item with its service guide, materials, channel and
 * authorisation; save as draft at any point, reopen it (the URL then carries the case's
 * UUID) and submit. The rules are the domain's: a refusal shows its Chinese message.
 */
@Route("filing/draft/:" + FilingView.CASE_PARAMETER + "?")
@RolesAllowed({ "PROXY_AGENT", "WINDOW_CLERK" })
class FilingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	static final String CASE_PARAMETER = "caseId";

	private final FilingService filing;

	private final ResidentRegisterService residents;

	private final StaffPrincipal user;

	final ComboBox<ResidentSummary> resident = new ComboBox<>();

	final ComboBox<ServiceItem> item = new ComboBox<>();

	final ServiceGuide guide = new ServiceGuide();

	final MaterialsPanel materials = new MaterialsPanel();

	final RadioButtonGroup<Channel> channel = new RadioButtonGroup<>();

	final AuthorisationChoiceField authorisation;

	final Paragraph applicant = new Paragraph();

	final Paragraph status = new Paragraph();

	final Span refusal = new Span();

	final Button save = new Button();

	final Button submit = new Button();

	private @Nullable CaseId caseId;

	FilingView(FilingService filing, ResidentRegisterService residents, CurrentUser currentUser) {
		this.filing = filing;
		this.residents = residents;
		this.user = currentUser.require();
		this.authorisation = new AuthorisationChoiceField(residents::today);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		this.caseId = null;
		add(new H2(getTranslation("filing.page-title")));
		String parameter = event.getRouteParameters().get(CASE_PARAMETER).orElse(null);
		if (parameter == null) {
			showNew(event.getLocation().getQueryParameters().getSingleParameter("resident").orElse(null));
			return;
		}
		try {
			showDraft(this.filing.draft(CaseId.parse(parameter)));
		}
		catch (IllegalArgumentException | CaseNotFoundException ex) {
			Paragraph notFound = new Paragraph(getTranslation("filing.not-found"));
			notFound.setId("filing-not-found");
			add(notFound);
		}
	}

	private void showNew(@Nullable String residentParameter) {
		this.resident.setId("filing-resident");
		this.resident.setLabel(getTranslation("filing.resident"));
		this.resident.setPlaceholder(getTranslation("filing.resident.placeholder"));
		// full width on a phone, never wider than the window
		this.resident.setWidthFull();
		this.resident.setMaxWidth("32em");
		this.resident
			.setItemLabelGenerator((r) -> r.name().value() + " · " + r.maskedResidentId() + " · " + r.village());
		this.resident.setItems(
				(query) -> this.residents.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
					.stream());
		this.resident.addValueChangeListener((change) -> residentChosen(change.getValue()));
		if (residentParameter != null) {
			preselect(residentParameter);
		}
		// the cursor starts in the first field still to fill, so the keyboard can go on
		if (this.resident.getValue() == null) {
			this.resident.setAutofocus(true);
		}
		else {
			this.item.setAutofocus(true);
		}
		this.item.setId("filing-item");
		this.item.setLabel(getTranslation("filing.item"));
		this.item.setWidthFull();
		this.item.setMaxWidth("32em");
		this.item.setItems(this.filing.itemsFor(this.user));
		this.item.setItemLabelGenerator((i) -> i.code().value() + " " + i.name());
		this.item.addValueChangeListener((change) -> {
			if (change.getValue() != null) {
				this.guide.show(change.getValue());
				this.materials.show(change.getValue(), Map.of());
			}
		});
		createChannel(this.filing.channelsFor(this.user).getFirst());
		add(this.resident, this.item, this.guide, this.materials, this.channel, this.authorisation, createButtons());
	}

	private void preselect(String residentParameter) {
		try {
			Resident found = this.residents.find(UUID.fromString(residentParameter));
			ResidentSummary summary = this.residents.search(found.data().residentId().value(), 0, 1).getFirst();
			this.resident.setValue(summary);
		}
		catch (IllegalArgumentException | ResidentNotFoundException ex) {
			// an unknown or foreign resident is simply not preselected
		}
	}

	private void residentChosen(@Nullable ResidentSummary chosen) {
		this.resident.setInvalid(false);
		this.authorisation
			.setStanding((chosen != null) ? this.residents.find(chosen.id()).standingAuthorisation() : null);
	}

	private void showDraft(Case found) {
		this.caseId = found.id();
		this.applicant.setId("filing-applicant");
		this.applicant.setText(getTranslation("filing.resident") + "：" + found.filing().applicant().name().value()
				+ " · " + found.filing().applicant().residentId().masked());
		this.status.setId("filing-status");
		this.status.setText(getTranslation("filing.status", found.queryCode().display(),
				getTranslation("case.status." + found.status().name())));
		add(this.status, this.applicant);
		ServiceItem current = this.filing.item(found.item().code()).orElse(null);
		if (current != null) {
			this.guide.show(current);
			this.materials.show(current, found.materials());
			add(this.guide, this.materials);
		}
		createChannel(found.channel());
		if (found.filing().authorisation() != null) {
			var given = found.filing().authorisation();
			Paragraph recorded = new Paragraph(getTranslation("filing.authorisation.recorded", given.givenOn(),
					getTranslation("case.authorisation.scope." + given.scope().name()),
					getTranslation("case.authorisation.form." + given.form().name())));
			recorded.setId("filing-authorisation-recorded");
			add(this.channel, recorded);
		}
		else {
			add(this.channel);
		}
		boolean editable = found.status() == CaseStatus.DRAFT && this.filing.mayEdit(found);
		if (editable) {
			add(createButtons());
		}
		else {
			this.materials.setReadOnly(true);
			this.channel.setReadOnly(true);
			if (found.status() != CaseStatus.DRAFT) {
				Paragraph submitted = new Paragraph(getTranslation(
						this.filing.atVillage() ? "filing.submitted.village" : "filing.submitted.township"));
				submitted.setId("filing-submitted");
				add(submitted);
			}
		}
	}

	private void createChannel(Channel initial) {
		this.channel.setId("filing-channel");
		this.channel.setLabel(getTranslation("filing.channel"));
		this.channel.setItems(this.filing.channelsFor(this.user));
		this.channel.setItemLabelGenerator((c) -> getTranslation("case.channel." + c.name()));
		this.channel.setValue(initial);
		this.channel.addValueChangeListener(
				(change) -> this.authorisation.setVisible(change.getValue() != null && change.getValue().isProxy()));
		this.authorisation.setVisible(initial.isProxy());
	}

	private HorizontalLayout createButtons() {
		this.save.setText(getTranslation("filing.save"));
		this.save.setId("filing-save");
		this.save.addClickListener((click) -> save(false));
		this.submit.setText(getTranslation("filing.submit"));
		this.submit.setId("filing-submit");
		this.submit.addThemeVariants(ButtonVariant.PRIMARY);
		this.submit.addClickListener((click) -> save(true));
		this.refusal.setId("filing-refusal");
		this.refusal.addClassName("bianmin-error");
		HorizontalLayout buttons = new HorizontalLayout(this.save, this.submit, this.refusal);
		buttons.setAlignItems(Alignment.BASELINE);
		buttons.setWrap(true);
		return buttons;
	}

	private void save(boolean thenSubmit) {
		this.refusal.setText("");
		FilingOutcome outcome = (this.caseId == null) ? fileNew()
				: this.filing.updateDraft(this.caseId, this.channel.getValue(), this.materials.states(), this.user);
		if (outcome == null) {
			return;
		}
		if (outcome instanceof FilingOutcome.Saved saved && thenSubmit) {
			outcome = this.filing.submit(saved.id(), this.user);
		}
		switch (outcome) {
			case FilingOutcome.Refused refused -> showRefusal(refused.violation());
			case FilingOutcome.Saved saved -> {
				Notification.show(getTranslation("filing.saved", saved.queryCode().display()));
				getUI().ifPresent((ui) -> ui.navigate(FilingView.class,
						new RouteParameters(CASE_PARAMETER, saved.id().toString())));
			}
		}
	}

	private @Nullable FilingOutcome fileNew() {
		ResidentSummary chosenResident = this.resident.getValue();
		ServiceItem chosenItem = this.item.getValue();
		this.resident.setErrorMessage(getTranslation("filing.resident.required"));
		this.resident.setInvalid(chosenResident == null);
		this.item.setErrorMessage(getTranslation("filing.item.required"));
		this.item.setInvalid(chosenItem == null);
		FilingRequest.AuthorisationChoice choice = this.authorisation.choice();
		if (chosenResident == null || chosenItem == null || choice == null) {
			return null;
		}
		Channel chosenChannel = this.channel.getValue();
		Map<String, MaterialState> states = this.materials.states();
		return this.filing.saveNewDraft(
				new FilingRequest(chosenResident.id(), chosenItem.code(), chosenChannel,
						chosenChannel.isProxy() ? choice : new FilingRequest.AuthorisationChoice.None(), states),
				this.user);
	}

	private void showRefusal(RuleViolation violation) {
		this.refusal.setText(getTranslation(violation.key(), violation.args().toArray()));
	}

	LocalDate today() {
		return this.residents.today();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("filing.page-title");
	}

}
