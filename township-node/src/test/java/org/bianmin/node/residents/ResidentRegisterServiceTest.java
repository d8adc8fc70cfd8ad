package org.bianmin.node.residents;

import java.time.LocalDate;
import java.util.UUID;

import org.bianmin.model.cases.Authorisation;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.model.resident.SpecialGroup;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.staff.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TownshipNodeTest
@Transactional
class ResidentRegisterServiceTest {

	@Autowired
	private ResidentRegisterService service;

	@Autowired
	private UserDetailsService users;

	private StaffPrincipal clerk;

	private Resident elder;

	@BeforeEach
	void registerAnElder() {
		this.clerk = (StaffPrincipal) this.users.loadUserByUsername("clerk");
		this.elder = this.service.register(new Resident.Data(ResidentId.of("62112119560704009X"), PersonName.of("孙搜索"),
				PhoneNumber.of("139 0000 1234"), "柳湾村", false, false), this.clerk);
	}

	@Test
	void finds_by_part_of_the_name() {
		assertThat(this.service.search("搜索", 0, 10)).extracting(ResidentSummary::id).containsExactly(this.elder.id());
	}

	@Test
	void finds_by_id_number_with_lower_case_x_spaces_or_full_width_digits() {
		assertThat(this.service.search("62112119560704009x", 0, 10)).extracting(ResidentSummary::id)
			.containsExactly(this.elder.id());
		assertThat(this.service.search(" 621121 19560704 009X ", 0, 10)).extracting(ResidentSummary::id)
			.containsExactly(this.elder.id());
		assertThat(this.service.search("６２１１２１１９５６０７０４００９Ｘ", 0, 10)).extracting(ResidentSummary::id)
			.containsExactly(this.elder.id());
		assertThat(this.service.count("62112119560704009x")).isEqualTo(1);
	}

	@Test
	void finds_by_phone_however_spaced() {
		assertThat(this.service.search("13900001234", 0, 10)).extracting(ResidentSummary::id)
			.containsExactly(this.elder.id());
		assertThat(this.service.search("139 0000 1234", 0, 10)).extracting(ResidentSummary::id)
			.containsExactly(this.elder.id());
	}

	@Test
	void lists_the_id_number_masked_with_the_age_group_from_the_id() {
		ResidentSummary summary = this.service.search("孙搜索", 0, 10).getFirst();

		assertThat(summary.maskedResidentId()).isEqualTo("621121********009X");
		assertThat(summary.toString()).doesNotContain("62112119560704009X");
		// born 1956-07-04: 60+ from 2016, 80+ only from 2036
		assertThat(summary.groups()).contains(SpecialGroup.AGED_60).doesNotContain(SpecialGroup.AGED_80);
	}

	@Test
	void refuses_a_second_registration_of_the_same_id_number() {
		assertThatThrownBy(() -> this.service.register(
				new Resident.Data(ResidentId.of("62112119560704009X"), PersonName.of("重复"), null, "柳湾村", false, false),
				this.clerk))
			.isInstanceOfSatisfying(ResidentAlreadyRegisteredException.class,
					(ex) -> assertThat(ex.existing()).isEqualTo(this.elder.id()));
	}

	@Test
	void an_unknown_resident_is_not_found() {
		assertThatThrownBy(() -> this.service.find(UUID.randomUUID())).isInstanceOf(ResidentNotFoundException.class);
	}

	@Test
	void keeps_a_standing_authorisation_with_the_resident() {
		Authorisation standing = new Authorisation(this.service.today(), Authorisation.Scope.STANDING,
				Authorisation.Form.FINGERPRINT, null);

		this.service.recordStandingAuthorisation(this.elder.id(), standing, this.clerk);

		assertThat(this.service.find(this.elder.id()).standingAuthorisation()).isEqualTo(standing);
	}

	@Test
	void agents_and_clerks_of_this_node_may_see_the_full_id_but_a_supervisor_may_not() {
		assertThat(this.service.maySeeFullId(this.clerk)).isTrue();
		assertThat(this.service.maySeeFullId((StaffPrincipal) this.users.loadUserByUsername("agent.qs"))).isTrue();
		assertThat(this.service.maySeeFullId((StaffPrincipal) this.users.loadUserByUsername("supervisor.qs")))
			.isFalse();
	}

	@Test
	void a_standing_authorisation_dated_after_today_is_refused() {
		LocalDate tomorrow = this.service.today().plusDays(1);
		assertThatThrownBy(() -> this.service.recordStandingAuthorisation(this.elder.id(),
				new Authorisation(tomorrow, Authorisation.Scope.STANDING, Authorisation.Form.SIGNED_PAPER, null),
				this.clerk))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
