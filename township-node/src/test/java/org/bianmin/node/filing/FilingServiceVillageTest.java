package org.bianmin.node.filing;

import java.util.HashMap;
import java.util.Map;

import org.bianmin.model.cases.Authorisation;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.Channel;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.catalog.ItemCode;
import org.bianmin.model.catalog.MaterialRequirement;
import org.bianmin.model.catalog.ServiceItem;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.node.VillageNodeTest;
import org.bianmin.node.residents.Resident;
import org.bianmin.node.residents.ResidentRegisterService;
import org.bianmin.node.residents.SyntheticResidentIds;
import org.bianmin.node.staff.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** Filing by the proxy agent of the village point QSLW, on its own H2 database. */
@VillageNodeTest
class FilingServiceVillageTest {

	private static final ItemCode PENSION = ItemCode.of("S-001");

	@Autowired
	private FilingService filing;

	@Autowired
	private ResidentRegisterService residents;

	@Autowired
	private UserDetailsService users;

	private StaffPrincipal agent;

	private Resident resident;

	@BeforeEach
	void registerAResident() {
		this.agent = (StaffPrincipal) this.users.loadUserByUsername("agent");
		String id = SyntheticResidentIds.bornIn1950();
		this.resident = this.residents.register(
				new Resident.Data(ResidentId.of(id), PersonName.of("钱老汉"), null, "柳湾村", false, false), this.agent);
	}

	@Test
	void a_draft_is_saved_and_reopened_with_its_materials_and_channel() {
		FilingOutcome.Saved saved = (FilingOutcome.Saved) this.filing.saveNewDraft(
				request(new FilingRequest.AuthorisationChoice.ThisCase(new Authorisation(this.residents.today(),
						Authorisation.Scope.THIS_CASE, Authorisation.Form.FINGERPRINT, null)), MaterialState.MISSING),
				this.agent);

		Map<String, MaterialState> received = states(MaterialState.RECEIVED);
		assertThat(this.filing.updateDraft(saved.id(), Channel.HOME_VISIT, received, this.agent))
			.isInstanceOf(FilingOutcome.Saved.class);

		Case reopened = this.filing.draft(saved.id());
		assertThat(reopened.status()).isEqualTo(CaseStatus.DRAFT);
		assertThat(reopened.channel()).isEqualTo(Channel.HOME_VISIT);
		assertThat(reopened.materials()).isEqualTo(received);
		assertThat(reopened.queryCode().node()).isEqualTo(NodeCode.of("QSLW"));
		assertThat(reopened.filing().authorisation().form()).isEqualTo(Authorisation.Form.FINGERPRINT);
		assertThat(this.filing.filedBy(this.agent, 0, 100)).extracting(FiledCase::id).contains(saved.id());
	}

	@Test
	void a_key_material_cannot_be_deferred() {
		ServiceItem item = this.filing.item(PENSION).orElseThrow();
		MaterialRequirement key = item.keyMaterials().getFirst();
		Map<String, MaterialState> materials = states(MaterialState.RECEIVED);
		materials.put(key.name(), MaterialState.DEFERRED);

		FilingOutcome outcome = this.filing.saveNewDraft(
				new FilingRequest(this.resident.id(), PENSION, Channel.ON_BEHALF, thisCase(), materials), this.agent);

		assertThat(outcome).isInstanceOfSatisfying(FilingOutcome.Refused.class,
				(refused) -> assertThat(refused.violation().key()).isEqualTo("case.rule.keyMaterialCannotBeDeferred"));
	}

	@Test
	void without_an_authorisation_the_domain_refuses_the_filing() {
		FilingOutcome outcome = this.filing
			.saveNewDraft(request(new FilingRequest.AuthorisationChoice.None(), MaterialState.RECEIVED), this.agent);

		assertThat(outcome).isInstanceOfSatisfying(FilingOutcome.Refused.class,
				(refused) -> assertThat(refused.violation().key()).isEqualTo("case.rule.authorisationRequired"));
	}

	@Test
	void a_submitted_village_case_is_handed_to_its_township() {
		this.residents.recordStandingAuthorisation(this.resident.id(), new Authorisation(this.residents.today(),
				Authorisation.Scope.STANDING, Authorisation.Form.SIGNED_PAPER, null), this.agent);
		FilingOutcome.Saved saved = (FilingOutcome.Saved) this.filing.saveNewDraft(
				request(new FilingRequest.AuthorisationChoice.Standing(), MaterialState.RECEIVED), this.agent);

		FilingOutcome submitted = this.filing.submit(saved.id(), this.agent);

		assertThat(submitted).isInstanceOfSatisfying(FilingOutcome.Saved.class, (done) -> {
			assertThat(done.status()).isEqualTo(CaseStatus.SUBMITTED);
			assertThat(done.owner()).isEqualTo(NodeCode.of("QS"));
		});
		assertThat(this.filing.mayEdit(this.filing.draft(saved.id()))).isFalse();
	}

	private FilingRequest.AuthorisationChoice thisCase() {
		return new FilingRequest.AuthorisationChoice.ThisCase(new Authorisation(this.residents.today(),
				Authorisation.Scope.THIS_CASE, Authorisation.Form.FINGERPRINT, null));
	}

	private FilingRequest request(FilingRequest.AuthorisationChoice authorisation, MaterialState state) {
		return new FilingRequest(this.resident.id(), PENSION, Channel.ON_BEHALF, authorisation, states(state));
	}

	private Map<String, MaterialState> states(MaterialState state) {
		Map<String, MaterialState> states = new HashMap<>();
		this.filing.item(PENSION).orElseThrow().materials().forEach((m) -> states.put(m.name(), state));
		return states;
	}

}
