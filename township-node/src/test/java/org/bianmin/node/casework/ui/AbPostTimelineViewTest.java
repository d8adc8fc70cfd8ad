package org.bianmin.node.casework.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.bianmin.model.cases.Case;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.casework.AbPostService;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.WindowDesk;
import org.bianmin.node.staff.StaffAccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.RELIEF;

/** The A/B post on screen: the backup 吴海涛 decides 周晓燕's case; the timeline says so. */
@TownshipNodeTest
@WithUserDetails("clerk.b")
class AbPostTimelineViewTest extends SpringBrowserlessTest {

	@Autowired
	private AbPostService posts;

	@Autowired
	private CaseCommandService service;

	@Autowired
	private StaffAccountService staff;

	@AfterEach
	void endPosts() {
		var clerk = this.staff.loadUserByUsername("clerk");
		this.posts.named(clerk).forEach((post) -> this.posts.end(clerk, post.id()));
	}

	@Test
	void the_timeline_shows_the_backup_standing_in_for_the_absent_clerk() {
		Case accepted = new WindowDesk(this.service, CLERK).accepted(RELIEF, "钱学军", WindowDesk.village());
		this.posts.name(this.staff.loadUserByUsername("clerk"), "clerk.b", this.posts.today(), null);
		navigate("cases/" + accepted.id().value(), CasePageView.class);
		assertThat(find(Paragraph.class).id("case-standing-in").getText()).contains("代 周晓燕");

		test(find(Button.class).id("action-decide")).click();
		test(find(Button.class).id("action-confirm")).click();

		assertThat(find(UnorderedList.class).id("case-timeline").getElement().getTextRecursively())
			.contains("作出决定 · 吴海涛（代 周晓燕） · QS", "受理 · 周晓燕 · QS");
	}

	@Test
	void the_ab_post_page_refuses_an_unknown_backup_next_to_the_field_and_keeps_it() {
		navigate(AbPostView.class);
		TextField backup = find(TextField.class).id("ab-backup");
		test(backup).setValue("nobody");

		test(find(Button.class).id("ab-save")).click();

		assertThat(backup.isInvalid()).isTrue();
		assertThat(backup.getErrorMessage()).isEqualTo("没有这个用户");
		assertThat(backup.getValue()).isEqualTo("nobody");
	}

}
