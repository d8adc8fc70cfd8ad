package org.bianmin.node.casework;

import java.util.List;

import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseCommand;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.DecisionOutcome;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.staff.StaffAccountService;
import org.bianmin.node.staff.StaffPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.RELIEF;

/**
 * A/B post at QS: 周晓燕 (clerk) names 吴海涛 (clerk.b) as backup; he then acts on her cases as
 * standing in for her, and the timeline names both.
 */
@TownshipNodeTest
class AbPostTest {

	@Autowired
	private AbPostService posts;

	@Autowired
	private CaseDeskService desk;

	@Autowired
	private CaseCommandService service;

	@Autowired
	private StaffAccountService staff;

	private StaffPrincipal clerk() {
		return this.staff.loadUserByUsername("clerk");
	}

	private StaffPrincipal backup() {
		return this.staff.loadUserByUsername("clerk.b");
	}

	@AfterEach
	void endPosts() {
		this.posts.named(clerk()).forEach((post) -> this.posts.end(clerk(), post.id()));
	}

	@Test
	void the_backup_acts_for_the_absent_clerk_and_the_timeline_names_both() {
		Case accepted = new WindowDesk(this.service, CLERK).accepted(RELIEF, "钱学军", WindowDesk.village());
		this.posts.name(clerk(), "clerk.b", this.posts.today(), null);

		assertThat(this.desk.open(accepted.id(), backup()).standingInFor().name()).isEqualTo("周晓燕");
		this.desk.act(accepted.id(), new CaseCommand.Decide(DecisionOutcome.APPROVED, List.of()), backup());

		CaseEvent decided = this.service.timeline(accepted.id()).getLast();
		assertThat(decided.actor().who().name()).isEqualTo("吴海涛");
		assertThat(decided.actor().standingInFor().name()).isEqualTo("周晓燕");
	}

	@Test
	void without_a_post_the_other_clerk_acts_in_their_own_name() {
		Case accepted = new WindowDesk(this.service, CLERK).accepted(RELIEF, "钱学军", WindowDesk.village());

		this.desk.act(accepted.id(), new CaseCommand.Decide(DecisionOutcome.APPROVED, List.of()), backup());

		assertThat(this.service.timeline(accepted.id()).getLast().actor().standingInFor()).isNull();
	}

	@Test
	void an_ended_post_no_longer_covers() {
		AbPost post = this.posts.name(clerk(), "clerk.b", this.posts.today(), null);
		assertThat(this.posts.covering(backup())).extracting(AbPost::id).contains(post.id());

		this.posts.end(clerk(), post.id());

		assertThat(this.posts.covering(backup())).extracting(AbPost::id).doesNotContain(post.id());
	}

	@Test
	void refuses_a_backup_who_is_no_window_clerk_or_oneself() {
		assertThatThrownBy(() -> this.posts.name(clerk(), "agent.qs", this.posts.today(), null)).isInstanceOfSatisfying(
				AbPostRefusedException.class,
				(ex) -> assertThat(ex.key()).isEqualTo("casework.ab-post.error.backup-not-a-clerk"));
		assertThatThrownBy(() -> this.posts.name(clerk(), "clerk", this.posts.today(), null)).isInstanceOfSatisfying(
				AbPostRefusedException.class, (ex) -> assertThat(ex.key()).isEqualTo("casework.ab-post.error.self"));
		assertThatThrownBy(() -> this.posts.name(clerk(), "nobody", this.posts.today(), null))
			.isInstanceOf(AbPostRefusedException.class);
	}

}
