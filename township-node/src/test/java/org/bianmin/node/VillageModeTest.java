package org.bianmin.node;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.staff.Role;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.staff.StaffAccountService;
import org.bianmin.node.staff.StaffPrincipal;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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

}
