package org.bianmin.node.notices.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import org.bianmin.model.calendar.ServiceTime;
import org.bianmin.model.calendar.TimeLimitClock;
import org.bianmin.model.calendar.WorkingCalendar;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.notices.NoticeKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each notice rendered by the server for the demo clerk of 青石镇便民服务中心, from cases made
 * through the case service.
 */
@TownshipNodeTest
@WithUserDetails("clerk")
class NoticeViewTest extends SpringBrowserlessTest {

	private static final String CENTRE = "青石镇便民服务中心";

	private static final String FULL_ID = CaseFixtures.applicant().residentId().value();

	private static final String MASKED_ID = CaseFixtures.applicant().residentId().masked();

	@Autowired
	private CaseCommandService service;

	@Autowired
	private WorkingCalendar calendar;

	@Autowired
	private TimeLimitClock timeLimits;

	@Autowired
	private Clock clock;

	private NoticeCases cases;

	@BeforeEach
	void makeCases() {
		this.cases = new NoticeCases(this.service, this.calendar);
	}

	@Test
	void acceptance_notice_gives_the_acceptance_date_both_due_dates_and_the_deferred_material() {
		Case accepted = this.cases.acceptedWithDeferral();
		Case.TimeLimits limits = accepted.timeLimits(this.timeLimits, ServiceTime.today(this.clock)).orElseThrow();

		open(accepted, NoticeKind.ACCEPTANCE);

		assertCommonParts(accepted, "受理通知书", this.cases.lastEventDay(accepted));
		assertThat(text("notice-time-limits")).contains("受理日期", "承诺办结日期", chinese(limits.promised().dueDate()),
				"法定办结日期", chinese(limits.legal().dueDate()));
		LocalDate deferralDue = accepted.acceptance().deferrals().getFirst().dueDate();
		assertThat(text("notice-deferrals")).contains(NoticeCases.DEFERRED, chinese(deferralDue), "王𠈌兰");
		assertThat(pageText()).contains("书面承诺", "暂停计算");
	}

	@Test
	void correction_notice_lists_every_missing_and_faulty_material_with_its_note() {
		Case correction = this.cases.needingCorrection();

		open(correction, NoticeKind.CORRECTION);

		assertCommonParts(correction, "材料补正通知书（一次性告知书）", this.cases.lastEventDay(correction));
		String table = text("notice-correction-issues");
		assertThat(table).contains("临时救助申请书", "须申请人本人签字", "居民身份证", "有误", "复印件字迹不清，请重新复印", NoticeCases.DEFERRED);
		assertThat(find(NativeTable.class).id("notice-correction-issues").getBody().getChildren()).hasSize(3);
		assertThat(pageText()).contains("一次性");
	}

	@Test
	void refusal_notice_gives_every_reason() {
		Case refused = this.cases.refused();

		open(refused, NoticeKind.REFUSAL);

		assertCommonParts(refused, "不予受理通知书", this.cases.lastEventDay(refused));
		assertThat(find(OrderedList.class).id("notice-refusal-reasons").getElement().getTextRecursively())
			.contains(NoticeCases.REFUSAL_REASONS.get(0), NoticeCases.REFUSAL_REASONS.get(1));
	}

	@Test
	void completion_notice_gives_the_outcome_and_where_to_collect_the_result() {
		Case decided = this.cases.decidedInstantly();

		open(decided, NoticeKind.COMPLETION);

		assertCommonParts(decided, "办结通知书", this.cases.lastEventDay(decided));
		assertThat(text("notice-outcome")).isEqualTo("准予");
		assertThat(text("notice-collect")).contains(CENTRE + "统一窗口", "统一窗口出件");
	}

	@Test
	void proxy_receipt_names_the_agent_and_what_the_resident_must_still_bring() {
		Case filed = this.cases.filedByProxy();

		open(filed, NoticeKind.PROXY_RECEIPT);

		assertCommonParts(filed, "代办回执", this.cases.lastEventDay(filed));
		assertThat(text("notice-agent")).isEqualTo("陈秀英");
		assertThat(text("notice-still-owed")).isEqualTo(String.join("", filed.materialsStillOwed()))
			.contains(NoticeCases.DEFERRED);
		assertThat(pageText()).contains("向" + CENTRE + "查询");
	}

	@Test
	void a_notice_for_a_stage_the_case_has_not_reached_says_so() {
		Case accepted = this.cases.acceptedWithDeferral();

		open(accepted, NoticeKind.REFUSAL);

		assertThat(find(H1.class).id("notice-unavailable").getText()).isEqualTo("此办件没有该通知书");
		assertThat(find(Span.class).all()).noneMatch((span) -> "notice-query-code".equals(span.getId().orElse("")));
	}

	@Test
	void a_window_case_has_no_proxy_receipt() {
		Case refused = this.cases.refused();

		open(refused, NoticeKind.PROXY_RECEIPT);

		assertThat(find(H1.class).id("notice-unavailable").getText()).isEqualTo("此办件没有该通知书");
	}

	@Test
	void an_unknown_case_a_malformed_id_and_an_unknown_notice_are_all_not_found() {
		for (String location : new String[] { "notices/" + UUID.randomUUID() + "/acceptance",
				"notices/not-a-case/acceptance", "notices/" + this.cases.refused().id().value() + "/no-such-kind" }) {
			navigate(location, NoticeView.class);

			assertThat(find(H1.class).id("notice-not-found").getText()).as(location).isEqualTo("未找到该办件");
		}
	}

	@Test
	void prints_from_the_browser_with_a_print_button() {
		open(this.cases.refused(), NoticeKind.REFUSAL);

		Button print = find(Button.class).id("notice-print");

		assertThat(print.getText()).isEqualTo("打印");
		test(print).click();
	}

	@Test
	void switches_to_english_with_the_session() {
		Case refused = this.cases.refused();
		VaadinSession.getCurrent().setLocale(Locale.ENGLISH);

		open(refused, NoticeKind.REFUSAL);

		assertThat(find(H1.class).id("notice-title").getText()).isEqualTo("Refusal notice");
		assertThat(text("notice-date")).isEqualTo(
				DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(this.cases.lastEventDay(refused)));
	}

	private void open(Case found, NoticeKind kind) {
		navigate(NoticesNavigation.location(found.id(), kind), NoticeView.class);
	}

	private void assertCommonParts(Case found, String title, LocalDate date) {
		assertThat(find(H1.class).id("notice-title").getText()).isEqualTo(title);
		assertThat(text("notice-centre")).isEqualTo(CENTRE);
		assertThat(text("notice-centre-heading")).isEqualTo(CENTRE);
		assertThat(text("notice-date")).isEqualTo(chinese(date));
		assertThat(text("notice-query-code")).isEqualTo(found.queryCode().display());
		assertThat(text("notice-applicant")).isEqualTo("王𠈌兰");
		assertThat(text("notice-resident-id")).isEqualTo(MASKED_ID);
		assertThat(pageText()).doesNotContain(FULL_ID);
		String seal = svg("notice-seal");
		assertThat(seal).startsWith("<svg").contains("<circle", "<polygon", "<textPath", CENTRE, "政务服务专用章");
		String qr = svg("notice-qr");
		assertThat(qr).startsWith("<svg").contains("<rect");
		assertThat(QrCodeSvgTest.decode(qr)).isEqualTo("BIANMIN:" + found.queryCode().value());
		assertThat(seal + qr).doesNotContain(FULL_ID);
		assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(title + " · " + CENTRE);
	}

	private String svg(String id) {
		return String.valueOf(find(Svg.class).id(id).getElement().getProperty("innerHTML"));
	}

	private String text(String id) {
		return find(Component.class).id(id).getElement().getTextRecursively();
	}

	private String pageText() {
		return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
	}

	private static String chinese(LocalDate date) {
		return DateTimeFormatter.ofPattern("yyyy年M月d日").format(date);
	}

}
