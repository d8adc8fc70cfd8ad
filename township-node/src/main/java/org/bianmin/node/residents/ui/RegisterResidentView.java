package org.bianmin.node.residents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.bianmin.node.residents.Resident;
import org.bianmin.node.residents.ResidentAlreadyRegisteredException;
import org.bianmin.node.residents.ResidentRegisterService;
import org.bianmin.node.security.CurrentUser;

/** Registers a resident in this node's register, then opens their page. */
@Route("residents/new")
@RolesAllowed({ "PROXY_AGENT", "WINDOW_CLERK" })
class RegisterResidentView extends VerticalLayout implements HasDynamicTitle {

	final ResidentForm form;

	RegisterResidentView(ResidentRegisterService residents, CurrentUser currentUser) {
		this.form = new ResidentForm(residents::today);
		this.form.addSaveListener((save) -> {
			try {
				Resident resident = residents.register(save.data(), currentUser.require());
				getUI().ifPresent((ui) -> ui.navigate(ResidentView.class, ResidentsNavigation.resident(resident.id())));
			}
			catch (ResidentAlreadyRegisteredException ex) {
				this.form.showIdProblem(ResidentAlreadyRegisteredException.MESSAGE_KEY);
			}
		});
		Button back = new Button(getTranslation("residents.cancel"),
				(click) -> getUI().ifPresent((ui) -> ui.navigate(ResidentListView.class)));
		back.addThemeVariants(ButtonVariant.TERTIARY);
		add(new H2(getTranslation("residents.new.page-title")), this.form, back);
		setMaxWidth("48em");
	}

	@Override
	public String getPageTitle() {
		return getTranslation("residents.new.page-title");
	}

}
