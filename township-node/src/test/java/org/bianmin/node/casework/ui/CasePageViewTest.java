package org.bianmin.node.casework.ui;

import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.DecisionOutcome;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.WindowDesk;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.MEDICAL_ENROLMENT;
import static org.bianmin.model.cases.CaseFixtures.PENSION;
import static org.bianmin.model.cases.CaseFixtures.RELIEF;

/**
 * The case page and its action dialogs, browserless, as the demo clerk 周晓燕 at QS. The
 * domain's refusals show in Chinese in the dialog, which stays open with what was typed.
 */
@TownshipNodeTest
@WithUserDetails("clerk")
class CasePageViewTest extends SpringBrowserlessTest {

	@Autowired
	private CaseCommandService service;

	private WindowDesk desk() {
		return new WindowDesk(this.service, CLERK);
	}

	private void open(Case c) {
		navigate("cases/" + c.id().value(), CasePageView.class);
	}

	private CaseStatus statusOf(Case c) {
		return this.service.find(c.id()).status();
	}

	private void click(String id) {
		test(find(Button.class).id(id)).click();
	}

	private String error() {
		return find(Paragraph.class).id("action-error").getText();
	}

	@Test
	void shows_the_applicant_with_a_masked_id_the_item_materials_and_the_timeline() {
		Case waiting = desk().submitted(RELIEF, "李春梅", WindowDesk.village(),
				CaseFixtures.receivedExcept(RELIEF, MaterialState.MISSING, "困难情况证明材料"));

		open(waiting);

		assertThat(find(H2.class).id("case-title").getText()).contains(waiting.queryCode().display());
		assertThat(find(Span.class).id("case-applicant").getText()).isEqualTo("李春梅");
		assertThat(find(Span.class).id("case-resident-id").getText())
			.isEqualTo(waiting.filing().applicant().residentId().masked())
			.doesNotContain("194411030");
		assertThat(find(Span.class).id("case-status").getText()).isEqualTo("待受理");
		assertThat(find(UnorderedList.class).id("case-materials").getElement().getTextRecursively())
			.contains("困难情况证明材料：缺少", "居民身份证（关键材料）：已收");
		assertThat(find(Div.class).id("case-limits").getElement().getTextRecursively()).contains("未起算");
		assertThat(find(UnorderedList.class).id("case-timeline").getElement().getTextRecursively())
			.contains("登记 · 周晓燕 · QS", "提交 · 周晓燕 · QS");
	}

	@Test
	void accepts_with_a_deferred_material_and_shows_the_clock_paused() {
		Case waiting = desk().submitted(PENSION, "张建国", WindowDesk.village(),
				CaseFixtures.receivedExcept(PENSION, MaterialState.DEFERRED, "社会保障卡"));
		open(waiting);

		click("action-accept");
		assertThat(find(Checkbox.class).id("defer-0").getValue()).isTrue();
		assertThat(find(DatePicker.class).id("defer-due-0").getValue()).isNotNull();
		click("action-confirm");

		Case accepted = this.service.find(waiting.id());
		assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(accepted.outstandingDeferrals()).singleElement()
			.satisfies((d) -> assertThat(d.committedBy()).isEqualTo("张建国"));
		assertThat(find(Div.class).id("case-promised").getElement().getTextRecursively()).contains("暂停计时");
		assertThat(find(Anchor.class).id("notice-acceptance").getHref())
			.isEqualTo("notices/" + waiting.id().value() + "/acceptance");
	}

	@Test
	void refuses_a_deferral_past_the_promised_limit_in_chinese_and_keeps_the_date() {
		Case waiting = desk().submitted(PENSION, "张建国", WindowDesk.village(),
				CaseFixtures.receivedExcept(PENSION, MaterialState.DEFERRED, "社会保障卡"));
		open(waiting);
		click("action-accept");
		DatePicker due = find(DatePicker.class).id("defer-due-0");
		java.time.LocalDate tooLate = due.getValue().plusDays(30);
		due.setMax(null);
		test(due).setValue(tooLate);

		click("action-confirm");

		assertThat(error()).contains("社会保障卡", "不能晚于承诺办结日");
		assertThat(find(DatePicker.class).id("defer-due-0").getValue()).isEqualTo(tooLate);
		assertThat(statusOf(waiting)).isEqualTo(CaseStatus.SUBMITTED);
	}

	@Test
	void correction_notice_is_prefilled_with_every_missing_material_and_refused_without_one() {
		Case waiting = desk().submitted(RELIEF, "王秀兰", WindowDesk.village(),
				CaseFixtures.receivedExcept(RELIEF, MaterialState.MISSING, "居民身份证", "困难情况证明材料"));
		open(waiting);
		click("action-correct");
		assertThat(find(Checkbox.class).id("issue-0").getValue()).isFalse();
		assertThat(find(Checkbox.class).id("issue-1").getValue()).isTrue();
		assertThat(find(Checkbox.class).id("issue-2").getValue()).isTrue();

		test(find(Checkbox.class).id("issue-2")).click();
		click("action-confirm");

		assertThat(error()).contains("一次性告知书必须一次列明全部缺少的材料", "困难情况证明材料");
		assertThat(statusOf(waiting)).isEqualTo(CaseStatus.SUBMITTED);

		test(find(Checkbox.class).id("issue-2")).click();
		click("action-confirm");

		Case corrected = this.service.find(waiting.id());
		assertThat(corrected.status()).isEqualTo(CaseStatus.NEEDS_CORRECTION);
		assertThat(corrected.correction()).extracting((issue) -> issue.material()).containsExactly("居民身份证", "困难情况证明材料");
		assertThat(find(Anchor.class).id("notice-correction").getHref()).endsWith("/correction");
	}

	@Test
	void a_faulty_material_needs_a_note_before_the_notice_goes_out() {
		Case waiting = desk().submitted(RELIEF, "王秀兰", WindowDesk.village());
		open(waiting);
		click("action-correct");
		test(find(Checkbox.class).id("issue-0")).click();

		click("action-confirm");

		assertThat(find(com.vaadin.flow.component.textfield.TextField.class).id("issue-note-0").isInvalid()).isTrue();
		assertThat(statusOf(waiting)).isEqualTo(CaseStatus.SUBMITTED);
	}

	@Test
	void refuses_with_a_reason_and_asks_for_one_when_none_is_given() {
		Case waiting = desk().submitted(RELIEF, "赵德明", WindowDesk.village());
		open(waiting);
		click("action-refuse");

		click("action-confirm");
		assertThat(error()).isEqualTo("请填写理由");

		test(find(TextArea.class).id("action-reasons")).setValue("申请人不属于本县户籍\n");
		click("action-confirm");

		Case refused = this.service.find(waiting.id());
		assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
		assertThat(refused.refusalReasons()).containsExactly("申请人不属于本县户籍");
		assertThat(find(Span.class).id("case-refusal").getText()).isEqualTo("申请人不属于本县户籍");
		assertThat(find(Anchor.class).id("notice-refusal").getHref()).endsWith("/refusal");
	}

	@Test
	void an_instant_item_is_decided_on_acceptance() {
		Case waiting = desk().submitted(MEDICAL_ENROLMENT, "孙小梅", WindowDesk.village());
		open(waiting);

		click("action-accept");
		click("action-confirm");

		assertThat(statusOf(waiting)).isEqualTo(CaseStatus.DECIDED);
		assertThat(find(Span.class).id("case-decision").getText()).isEqualTo("准予");
		assertThat(find(Button.class).id("action-deliver").isVisible()).isTrue();
		assertThat(find(Anchor.class).id("notice-completion").getHref()).endsWith("/completion");
	}

	@Test
	void decides_a_township_item_and_wants_reasons_to_reject() {
		Case accepted = desk().accepted(RELIEF, "钱学军", WindowDesk.village());
		open(accepted);
		click("action-decide");
		@SuppressWarnings("unchecked")
		RadioButtonGroup<DecisionOutcome> outcome = find(RadioButtonGroup.class).id("decide-outcome");
		test(outcome).selectItem("不予批准");

		click("action-confirm");
		assertThat(error()).isEqualTo("请填写理由");

		test(find(TextArea.class).id("action-reasons")).setValue("家庭收入超过救助标准");
		click("action-confirm");

		assertThat(this.service.find(accepted.id()).decision().outcome()).isEqualTo(DecisionOutcome.REJECTED);
	}

	@Test
	void delivers_and_records_a_bad_rating_that_opens_a_follow_up() {
		Case waiting = desk().submitted(MEDICAL_ENROLMENT, "孙小梅", WindowDesk.village());
		open(waiting);
		click("action-accept");
		click("action-confirm");

		click("action-deliver");
		click("action-confirm");
		assertThat(statusOf(waiting)).isEqualTo(CaseStatus.DELIVERED);

		click("action-rate");
		@SuppressWarnings("unchecked")
		RadioButtonGroup<Object> level = find(RadioButtonGroup.class).id("action-choice");
		test(level).selectItem("不满意");
		click("action-confirm");

		assertThat(find(Span.class).id("case-follow-up").getText()).contains("已移交县级", "待监管员办结");
		assertThat(find(Button.class).all()).extracting(Button::getId)
			.noneMatch((id) -> id.isPresent() && id.get().equals("action-rate"));
	}

	@Test
	void answers_an_unknown_case_and_a_malformed_id_with_not_found() {
		navigate("cases/" + UUID.randomUUID(), CasePageView.class);
		assertThat(find(H2.class).id("case-not-found").getText()).isEqualTo("未找到该办件");

		navigate("cases/621121194411030784", CasePageView.class);
		assertThat(find(H2.class).id("case-not-found").getText()).isEqualTo("未找到该办件");
	}

	@Test
	void forwards_a_county_item_to_the_hub() {
		Case accepted = desk().accepted(PENSION, "吴大伯", WindowDesk.village());
		open(accepted);
		assertThat(find(Button.class).all()).extracting(Button::getId)
			.noneMatch((id) -> id.isPresent() && id.get().equals("action-decide"));

		click("action-forward");
		click("action-confirm");

		assertThat(statusOf(accepted)).isEqualTo(CaseStatus.FORWARDED);
		assertThat(find(Span.class).id("case-status").getText()).isEqualTo("已转报县级");
	}

	@Test
	void a_supplied_deferred_material_restarts_the_clock_with_a_due_date() {
		Case accepted = desk().acceptedWithDeferral(PENSION, "社会保障卡", "张建国", WindowDesk.village());
		open(accepted);
		assertThat(find(Div.class).id("case-promised").getElement().getTextRecursively()).contains("暂停计时");

		click("action-supply");
		click("action-confirm");

		assertThat(this.service.find(accepted.id()).outstandingDeferrals()).isEmpty();
		assertThat(find(Div.class).id("case-promised").getElement().getTextRecursively()).contains("前办结")
			.doesNotContain("暂停计时");
		assertThat(find(UnorderedList.class).id("case-materials").getElement().getTextRecursively()).contains("已补交");
	}

}
