package org.bianmin.hub.review.ui;

import java.util.Locale;

import javax.sql.DataSource;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.bianmin.hub.HubBrowserlessTest;
import org.bianmin.hub.demo.DemoCaseIds;
import org.bianmin.model.cases.CaseId;
import org.bianmin.model.cases.DecisionOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county's case page with the demo cases: 赵德明's 高龄老人生活补贴 (县民政局, forwarded by 青石镇),
 * 孙桂芳's 养老保险待遇 (县人社局), 褚雪莲's rejected 残疾人补贴 with an overdue follow-up.
 */
class ReviewCaseViewTest extends HubBrowserlessTest {

	@Autowired
	private DataSource dataSource;

	private DemoCaseIds cases;

	@BeforeEach
	void chinese() {
		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
		this.cases = new DemoCaseIds(this.dataSource);
	}

	@Test
	@WithUserDetails("reviewer")
	void a_reviewer_receives_and_decides_with_chinese_errors_and_the_result_goes_back_to_the_township() {
		CaseId id = this.cases.of("赵德明", "S-003");
		open(id);
		assertThat(text("case-status")).isEqualTo("已转报县级");
		assertThat(text("case-resident-id")).doesNotContain("19500312").endsWith("0515");
		assertThat(find(UnorderedList.class).id("case-timeline").getElement().getTextRecursively()).contains("受理",
				"转报县级", "马秀兰", "HT", "县中心接收");

		test(find(Button.class).id("action-receive")).click();
		assertThat(text("case-status")).isEqualTo("县级已接收");

		@SuppressWarnings("unchecked")
		RadioButtonGroup<DecisionOutcome> outcome = find(RadioButtonGroup.class).id("decide-outcome");
		outcome.setValue(DecisionOutcome.REJECTED);
		test(find(Button.class).id("action-decide")).click();
		assertThat(text("action-error")).isEqualTo("请填写理由");
		assertThat(this.cases.status(id)).isEqualTo("RECEIVED");

		find(TextArea.class).id("decide-reasons").setValue("申请人年龄未满80周岁\n\n户籍不在本县");
		test(find(Button.class).id("action-decide")).click();

		assertThat(text("case-status")).isEqualTo("待出件");
		assertThat(text("case-decision")).isEqualTo("不予批准、申请人年龄未满80周岁、户籍不在本县");
		assertThat(find(Button.class).all()).extracting(Button::getId)
			.map((b) -> b.orElse(""))
			.doesNotContain("action-decide", "action-release");
		assertThat(this.cases.status(id)).isEqualTo("RESULT_READY");
	}

	@Test
	@WithUserDetails("reviewer")
	void a_reviewer_of_another_department_gets_not_found() {
		open(this.cases.of("孙桂芳", "S-002"));

		assertThat(find(H2.class).id("case-not-found").getText()).isEqualTo("未找到办件");
		assertThat(find(Span.class).all()).extracting(Span::getText).doesNotContain("孙桂芳");
	}

	@Test
	@WithUserDetails("reviewer")
	void an_unknown_or_malformed_case_is_not_found() {
		navigate("review/" + java.util.UUID.randomUUID(), ReviewCaseView.class);
		assertThat(find(H2.class).id("case-not-found").getText()).isEqualTo("未找到办件");

		navigate("review/not-a-uuid", ReviewCaseView.class);
		assertThat(find(H2.class).id("case-not-found").getText()).isEqualTo("未找到办件");
	}

	@Test
	@WithUserDetails("supervisor")
	void a_supervisor_sees_a_case_but_cannot_decide_and_closes_an_overdue_follow_up() {
		// 冯长林's case: no test decides it
		open(this.cases.of("冯长林", "S-002"));
		assertThat(text("case-status")).isEqualTo("县级已接收");
		assertThat(find(Button.class).all()).extracting((b) -> b.getId().orElse(""))
			.doesNotContain("action-receive", "action-decide", "action-start-review");

		CaseId rated = this.cases.of("褚雪莲", "S-011");
		open(rated);
		assertThat(text("case-rating")).startsWith("非常不满意");
		assertThat(text("case-follow-up")).startsWith("待整改");

		test(find(Button.class).id("action-close-follow-up")).click();
		assertThat(text("action-error")).isEqualTo("请填写整改情况及给申请人的答复");

		find(TextArea.class).id("follow-up-response").setValue("已约谈受理人员，当面向申请人解释不予批准的理由并致歉");
		test(find(Button.class).id("action-close-follow-up")).click();

		assertThat(text("case-follow-up")).isEqualTo("已整改：已约谈受理人员，当面向申请人解释不予批准的理由并致歉");
		assertThat(find(Button.class).all()).extracting((b) -> b.getId().orElse(""))
			.doesNotContain("action-close-follow-up");
	}

	private void open(CaseId id) {
		navigate(ReviewNavigation.caseUrl(id), ReviewCaseView.class);
	}

	private String text(String id) {
		return find(Span.class).id(id).getText();
	}

}
