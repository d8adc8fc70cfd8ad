package org.bianmin.node.residents.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.model.cases.Authorisation;
import org.bianmin.node.residents.Resident;
import org.bianmin.node.residents.ResidentNotFoundException;
import org.bianmin.node.residents.ResidentRegisterService;
import org.bianmin.node.security.CurrentUser;
import org.bianmin.node.staff.StaffPrincipal;
import org.jspecify.annotations.Nullable;

/**
 * A resident's own page: the one place the full ID number shows, and only to a user
 * allowed to see it. The URL carries the resident's internal handle, never the ID number;
 * an unknown handle or another node's resident reads "not found".
 */
@Route("residents/:" + ResidentsNavigation.RESIDENT_PARAMETER)
@RolesAllowed({ "PROXY_AGENT", "WINDOW_CLERK" })
class ResidentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final ResidentRegisterService residents;

	private final CurrentUser currentUser;

	ResidentView(ResidentRegisterService residents, CurrentUser currentUser) {
		this.residents = residents;
		this.currentUser = currentUser;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		Resident resident = event.getRouteParameters()
			.get(ResidentsNavigation.RESIDENT_PARAMETER)
			.map(this::find)
			.orElse(null);
		if (resident == null) {
			Paragraph notFound = new Paragraph(getTranslation("residents.not-found"));
			notFound.setId("resident-not-found");
			add(notFound);
			return;
		}
		show(resident);
	}

	private @Nullable Resident find(String parameter) {
		try {
			return this.residents.find(UUID.fromString(parameter));
		}
		catch (IllegalArgumentException | ResidentNotFoundException ex) {
			return null;
		}
	}

	private void show(Resident resident) {
		StaffPrincipal user = this.currentUser.require();
		Resident.Data data = resident.data();
		H2 name = new H2(data.name().value());
		name.setId("resident-page-name");
		Span idNumber = new Span(
				this.residents.maySeeFullId(user) ? data.residentId().value() : data.residentId().masked());
		idNumber.setId("resident-page-id");
		String groups = GroupLabels.of(resident.groupsOn(this.residents.today()), this::getTranslation);
		Span groupLine = new Span(getTranslation("residents.column.groups") + "："
				+ (groups.isEmpty() ? getTranslation("residents.page.groups-none") : groups));
		groupLine.setId("resident-page-groups");
		add(name, line("residents.field.id", idNumber), line("residents.field.village", new Span(data.village())),
				line("residents.field.phone", new Span(
						(data.phone() != null) ? data.phone().value() : getTranslation("residents.page.phone-none"))),
				groupLine,
				new Paragraph(getTranslation("residents.page.registered",
						DAY.format(resident.registeredAt().atZone(ZoneId.of("Asia/Shanghai"))),
						resident.registeredBy())));
		add(createFileFor(resident));
		add(createAuthorisation(resident));
	}

	private Paragraph line(String labelKey, Span value) {
		return new Paragraph(new Span(getTranslation(labelKey) + "："), value);
	}

	private Button createFileFor(Resident resident) {
		Button fileFor = new Button(getTranslation("residents.file-for"), VaadinIcon.FILE_ADD.create(),
				(click) -> getUI().ifPresent(
						(ui) -> ui.navigate("filing/draft", QueryParameters.of("resident", resident.id().toString()))));
		fileFor.setId("resident-file-for");
		fileFor.addThemeVariants(ButtonVariant.PRIMARY);
		return fileFor;
	}

	private VerticalLayout createAuthorisation(Resident resident) {
		VerticalLayout section = new VerticalLayout();
		section.setPadding(false);
		section.add(new H3(getTranslation("residents.authorisation.title")));
		Authorisation standing = resident.standingAuthorisation();
		Paragraph current = new Paragraph(
				(standing == null) ? getTranslation("residents.authorisation.none") : describe(standing));
		current.setId("resident-standing-authorisation");
		StandingAuthorisationForm form = new StandingAuthorisationForm(this.residents::today);
		form.addRecordListener((record) -> {
			Resident updated = this.residents.recordStandingAuthorisation(resident.id(), record.authorisation(),
					this.currentUser.require());
			current.setText(describe(updated.standingAuthorisation()));
			Notification.show(getTranslation("residents.authorisation.recorded"));
		});
		section.add(current, form);
		return section;
	}

	private String describe(@Nullable Authorisation authorisation) {
		if (authorisation == null) {
			return getTranslation("residents.authorisation.none");
		}
		String text = getTranslation("residents.authorisation.current", DAY.format(authorisation.givenOn()),
				getTranslation("case.authorisation.form." + authorisation.form().name()));
		return (authorisation.witness() != null) ? text + getTranslation("list.separator")
				+ getTranslation("residents.authorisation.witness", authorisation.witness()) : text;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("residents.page.title");
	}

}
