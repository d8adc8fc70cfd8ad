package org.bianmin.node;

import java.util.List;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import org.bianmin.model.cases.Authorisation;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.Channel;
import org.bianmin.model.resident.SpecialGroup;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.staff.Role;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.CaseSummary;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.staff.StaffAccountService;
import org.bianmin.node.staff.StaffPrincipal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.bianmin.node.jooq.Tables.CASES;

/**
 * The same build, configured as the village point QSLW (profiles demo,village).
 */
@VillageNodeTest
@WithUserDetails("agent")
class VillageModeTest extends SpringBrowserlessTest {

	@Autowired
	private NodeIdentity node;

	@Autowired
	private StaffAccountService staff;

	@Autowired
	private CaseCommandService commands;

	@Autowired
	private DSLContext dsl;

	@Test
	void runs_as_the_village_point_under_its_township() {
		assertThat(this.node).isEqualTo(new NodeIdentity(NodeCode.of("QSLW"), NodeLevel.VILLAGE, "青石镇柳湾村便民服务点",
				NodeCode.of("QS"), NodeCode.of("YL")));
	}

	@Test
	void seeds_the_village_agent_at_the_village() {
		StaffPrincipal agent = this.staff.loadUserByUsername("agent");

		assertThat(agent.displayName()).isEqualTo("陈秀英");
		assertThat(agent.nodeCode()).isEqualTo("QSLW");
		assertThat(agent.roles()).containsExactly(Role.PROXY_AGENT);
	}

	@Test
	void does_not_seed_the_township_staff() {
		assertThatExceptionOfType(UsernameNotFoundException.class)
			.isThrownBy(() -> this.staff.loadUserByUsername("clerk"));
	}

	@Test
	void shows_the_village_point_in_the_header() {
		navigate("", Component.class);

		assertThat(find(Span.class).id("node-badge").getText()).isEqualTo("青石镇柳湾村便民服务点 · 村");
		assertThat(find(Span.class).id("current-user").getText()).isEqualTo("陈秀英");
		assertThat(find(Span.class).id("current-roles").getText()).isEqualTo("代办员");
	}

	@Test
	void seeds_two_proxy_cases_and_hands_the_submitted_one_to_the_township() {
		Map<String, String> byItem = this.dsl.select(CASES.ITEM_CODE, CASES.STATUS, CASES.OWNER_NODE, CASES.FILED_NODE)
			.from(CASES)
			.fetchMap(CASES.ITEM_CODE, (r) -> r.value2() + " " + r.value3() + " " + r.value4());

		assertThat(byItem)
			.containsExactlyInAnyOrderEntriesOf(Map.of("S-003", "SUBMITTED QS QSLW", "S-011", "DRAFT QSLW QSLW"));
	}

	@Test
	void the_home_visit_to_the_88_year_old_carries_her_fingerprint_authorisation() {
		Case allowance = this.commands.find(CaseId
			.of(this.dsl.select(CASES.ID).from(CASES).where(CASES.ITEM_CODE.eq("S-003")).fetchSingle(CASES.ID)));

		assertThat(allowance.channel()).isEqualTo(Channel.HOME_VISIT);
		assertThat(allowance.filing().applicant().name().value()).isEqualTo("王秀兰");
		assertThat(allowance.filing().applicant().groups()).contains(SpecialGroup.AGED_80);
		assertThat(allowance.filing().proxyAgent().name()).isEqualTo("陈秀英");
		assertThat(allowance.filing().authorisation().form()).isEqualTo(Authorisation.Form.FINGERPRINT);
	}

	@Test
	void shows_the_submitted_case_waiting_at_the_township_on_the_home_page() {
		navigate("", Component.class);

		@SuppressWarnings("unchecked")
		GridTester<Grid<CaseSummary>, CaseSummary> grid = test(find(Grid.class).id("home-cases"));
		assertThat(grid.size()).isEqualTo(2);
		List<String> places = List.of(grid.getCellText(0, 5), grid.getCellText(1, 5));
		List<String> statuses = List.of(grid.getCellText(0, 4), grid.getCellText(1, 4));
		assertThat(statuses).containsExactly("草稿", "待受理");
		assertThat(places).containsExactly("本点", "乡镇便民服务中心（QS）");
	}

}
