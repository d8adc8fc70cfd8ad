package org.bianmin.node.filing.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.catalog.MaterialRequirement;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.residents.Resident;
import org.bianmin.node.residents.ResidentRegisterService;
import org.bianmin.node.residents.SyntheticResidentIds;
import org.bianmin.node.staff.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The township's proxy agent (agent.qs) files for a resident. */
@TownshipNodeTest
class FilingViewTest extends SpringBrowserlessTest {

	@Autowired
	private ResidentRegisterService residents;

	@Autowired
	private UserDetailsService users;

	private Resident resident;

	/** See ResidentViewsTest: logs in on the holder the UI reads. */
	@BeforeEach
	void registerAResident() {
		StaffPrincipal agent = (StaffPrincipal) this.users.loadUserByUsername("agent.qs");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(agent, null, agent.getAuthorities()));
		this.resident = this.residents.register(new Resident.Data(ResidentId.of(SyntheticResidentIds.bornIn1950()),
				PersonName.of("冯代办"), null, "青石村", false, false),
				(StaffPrincipal) this.users.loadUserByUsername("agent.qs"));
	}

	@Test
	void without_an_authorisation_the_domains_chinese_refusal_is_shown_and_nothing_is_saved() {
		FilingView view = open();
		ServiceItem item = view.item.getListDataView().getItem(0);
		test(view.item).selectItem(view.item.getItemLabelGenerator().apply(item));

		test(view.save).click();

		assertThat(view.refusal.getText()).isEqualTo("代办须先记录申请人的委托（书面签字、按手印或见证口头委托）");
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("filing/draft");
	}

	@Test
	void a_key_material_cannot_be_ticked_as_deferred() {
		FilingView view = open();
		ServiceItem item = view.item.getListDataView().getItem(0);
		test(view.item).selectItem(view.item.getItemLabelGenerator().apply(item));

		MaterialRequirement key = item.keyMaterials().getFirst();
		RadioButtonGroup<MaterialState> choice = view.materials.choices.get(key.name());
		assertThat(choice.getItemEnabledProvider().test(MaterialState.DEFERRED)).isFalse();
		assertThat(choice.getItemEnabledProvider().test(MaterialState.RECEIVED)).isTrue();
		assertThat(choice.getHelperText()).isEqualTo("关键材料，不能容缺后补");
	}

	@Test
	void saves_a_draft_with_a_this_case_authorisation_and_reopens_it_by_its_case_uuid() {
		FilingView view = open();
		ServiceItem item = view.item.getListDataView().getItem(0);
		test(view.item).selectItem(view.item.getItemLabelGenerator().apply(item));
		view.authorisation.kind.setValue(AuthorisationChoiceField.Kind.THIS_CASE);
		view.materials.choices.values().forEach((choice) -> choice.setValue(MaterialState.RECEIVED));

		test(view.save).click();

		String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
		assertThat(path).startsWith("filing/draft/").doesNotContain(this.resident.data().residentId().value());
		FilingView reopened = (FilingView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
		assertThat(reopened.status.getText()).startsWith("查询码 ").endsWith("草稿");
		assertThat(reopened.materials.states()).containsValue(MaterialState.RECEIVED)
			.doesNotContainValue(MaterialState.MISSING);
	}

	@Test
	void a_case_id_that_is_not_here_is_not_found() {
		navigate("filing/draft/0190a5c4-0000-7000-8000-000000000000", FilingView.class);

		assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("filing-not-found").getText())
			.isEqualTo("未找到该办件。");
	}

	private FilingView open() {
		navigate(FilingListView.class);
		UI.getCurrent()
			.navigate("filing/draft",
					com.vaadin.flow.router.QueryParameters.of("resident", this.resident.id().toString()));
		return (FilingView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
	}

}
