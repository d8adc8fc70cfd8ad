package org.bianmin.node.casework;

import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.staff.Role;
import org.bianmin.node.VillageNodeTest;
import org.bianmin.node.staff.StaffPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At a village point an agent sees every case of the village, also one a colleague filed:
 * "an agent sees their village".
 */
@VillageNodeTest
class CaseVisibilityVillageTest {

	@Autowired
	private CaseCommandService commands;

	@Autowired
	private CaseVisibility visibility;

	@Autowired
	private UserDetailsService users;

	@Test
	void a_village_agent_sees_a_case_a_colleague_filed_in_the_village() {
		Actor colleague = Actor.of(new StaffRef("agent.2", "何美玲"), Role.PROXY_AGENT);
		Case filed = ((CommandResult.Done) this.commands.file(CaseFixtures.fileByProxy(CaseFixtures.PENSION,
				CaseFixtures.all(CaseFixtures.PENSION, MaterialState.RECEIVED)), colleague))
			.after();
		StaffPrincipal agent = (StaffPrincipal) this.users.loadUserByUsername("agent");

		assertThat(this.visibility.mayView(filed, agent)).isTrue();
	}

}
