package org.bianmin.node.casework.ui;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.bianmin.model.cases.Actor;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.Channel;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.model.cases.StaffRef;
import org.bianmin.model.staff.Role;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.casework.AgentCaseRow;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.WindowDesk;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.PENSION;
import static org.bianmin.model.cases.CaseFixtures.RELIEF;

/**
 * The agent 郑桂芳 (agent.qs) sees her own cases and nothing else: another's case's URL
 * answers "not found", exactly like a case that does not exist.
 */
@TownshipNodeTest
@WithUserDetails("agent.qs")
class RoleScopingViewTest extends SpringBrowserlessTest {

	private static final Actor ME = Actor.of(new StaffRef("agent.qs", "郑桂芳"), Role.PROXY_AGENT);

	private static final Actor OTHER_AGENT = Actor.of(new StaffRef("agent.other", "李其他"), Role.PROXY_AGENT);

	@Autowired
	private CaseCommandService service;

	private Case fileByProxy(Actor agent) {
		CaseCommand.File file = new CaseCommand.File(CaseId.of(UUID.randomUUID()), CaseFixtures.queryCode(), PENSION, 1,
				WindowDesk.applicant("陈阿婆", WindowDesk.village()), Channel.ON_BEHALF,
				CaseFixtures.signedAuthorisation(), CaseFixtures.receivedExcept(PENSION, MaterialState.MISSING, "户口簿"));
		return WindowDesk.done(this.service.file(file, agent));
	}

	@Test
	void the_agent_opens_her_own_case() {
		Case mine = fileByProxy(ME);

		navigate("cases/" + mine.id().value(), CasePageView.class);

		assertThat(find(Span.class).id("case-applicant").getText()).isEqualTo("陈阿婆");
		assertThat(find(Span.class).all()).extracting(Span::getId)
			.noneMatch((id) -> id.isPresent() && id.get().startsWith("action-"));
	}

	@Test
	void another_agents_case_and_a_window_case_are_not_found() {
		Case theirs = fileByProxy(OTHER_AGENT);
		Case windows = new WindowDesk(this.service, CLERK).submitted(RELIEF, "甲", WindowDesk.village());

		navigate("cases/" + theirs.id().value(), CasePageView.class);
		assertThat(find(H2.class).id("case-not-found").getText()).isEqualTo("未找到该办件");
		navigate("cases/" + windows.id().value(), CasePageView.class);
		assertThat(find(H2.class).id("case-not-found").getText()).isEqualTo("未找到该办件");
	}

	@Test
	void the_agents_list_shows_her_cases_with_what_is_still_owed_and_no_one_elses() {
		Case mine = fileByProxy(ME);
		Case theirs = fileByProxy(OTHER_AGENT);

		navigate(MyCasesView.class);

		@SuppressWarnings("unchecked")
		Grid<AgentCaseRow> grid = find(Grid.class).id("my-cases-grid");
		List<AgentCaseRow> rows = IntStream.range(0, test(grid).size()).mapToObj((i) -> test(grid).getRow(i)).toList();
		assertThat(rows).extracting((r) -> r.row().id()).contains(mine.id()).doesNotContain(theirs.id());
		assertThat(rows).filteredOn((r) -> r.row().id().equals(mine.id()))
			.singleElement()
			.satisfies((r) -> assertThat(r.stillOwed()).containsExactly("户口簿"));
	}

	@Test
	void the_agents_navigation_offers_her_list_but_not_the_queue() {
		navigate(MyCasesView.class);

		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
			.contains("我的代办")
			.doesNotContain("一窗综合受理");
	}

}
