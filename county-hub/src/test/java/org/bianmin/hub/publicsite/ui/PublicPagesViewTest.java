package org.bianmin.hub.publicsite.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.bianmin.hub.HubBrowserlessTest;
import org.bianmin.hub.cases.CaseHistories;
import org.bianmin.hub.cases.CaseImportService;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages as a resident sees them, without login: the progress query and the
 * service guides of the demo catalog. None of them ever shows a name or an ID number.
 */
@WithAnonymousUser
class PublicPagesViewTest extends HubBrowserlessTest {

	private static final String APPLICANT_NAME = "王𠈌兰";

	private static final String APPLICANT_ID = "621121194411030784";

	@Autowired
	private CaseImportService imports;

	@Autowired
	private org.bianmin.hub.catalog.CatalogService catalogs;

	@BeforeEach
	void speakChinese() {
		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void the_right_check_shows_progress_without_any_personal_data() {
		Case received = this.imports.importCase(CaseHistories.receivedAtHub(CaseFixtures.PENSION));
		navigate("q/" + received.queryCode().value(), ProgressQueryView.class);

		assertThat(find(TextField.class).id("query-code").getValue()).isEqualTo(received.queryCode().value());
		test(find(TextField.class).id("query-check")).setValue("0784");
		test(find(Button.class).id("query-ask")).click();

		assertThat(find(Paragraph.class).id("progress-item").getText()).contains("城乡居民基本养老保险待遇领取");
		assertThat(find(Paragraph.class).id("progress-status").getText()).contains("县级已接收");
		assertThat(find(Div.class).id("progress").getElement().getTextRecursively()).contains("已受理", "已转报县级")
			.contains("QS");
		assertNoPersonalData();
	}

	@Test
	void a_wrong_check_shows_the_same_message_as_an_unknown_code() {
		Case received = this.imports.importCase(CaseHistories.receivedAtHub(CaseFixtures.PENSION));
		navigate(ProgressQueryView.class);

		String wrongCheck = ask(received.queryCode().value(), "1234");
		String unknownCode = ask("260302-999-QS-" + "0", "0784");
		String unknownValid = ask(org.bianmin.model.cases.QueryCode
			.issue(CaseFixtures.TOWNSHIP, java.time.LocalDate.of(2026, 3, 2), 98_765)
			.display(), "0784");

		assertThat(wrongCheck).isEqualTo(unknownValid).isEqualTo("查询码或身份证号码后四位不正确，请核对后重试。");
		// a code the check character rejects is a typing slip, said as such
		assertThat(unknownCode).isIn("查询码有误：可能输错了某个字符，或把相邻两个字符的顺序颠倒了，请逐位核对", "这不是有效的查询码，请对照通知书上的查询码重新输入");
		assertThat(find(Div.class).withId("progress").all()).isEmpty();
		assertNoPersonalData();
	}

	@Test
	void a_guide_shows_the_items_terms_and_a_qr_code_that_links_to_itself() throws Exception {
		navigate("guide/S-002", GuideView.class);

		assertThat(find(com.vaadin.flow.component.html.H2.class).id("guide-name").getText())
			.isEqualTo("城乡居民基本养老保险待遇领取");
		assertThat(find(Paragraph.class).id("guide-limits").getElement().getTextRecursively()).contains("承诺5个工作日");
		assertThat(find(Paragraph.class).id("guide-proxy").getElement().getTextRecursively()).contains("可以");
		assertThat(find(UnorderedList.class).id("guide-materials").getElement().getTextRecursively()).contains("居民身份证");
		com.vaadin.flow.component.Svg qr = find(com.vaadin.flow.component.Svg.class).id("guide-qr");
		String svg = String.valueOf(qr.getElement().getProperty("innerHTML"));
		String link = QrCodes.decode(svg);
		assertThat(link).endsWith("/guide/S-002").startsWith("http");
		assertThat(qr.getElement().getAttribute("data-link")).isEqualTo(link);
	}

	@Test
	void the_guide_index_lists_every_item_and_the_proxy_catalog() {
		navigate(GuideIndexView.class);

		// other tests of the demo hub publish versions with more items
		assertThat(find(UnorderedList.class).id("guide-list").getChildren().count())
			.isEqualTo(this.catalogs.current().orElseThrow().catalog().items().size());
		String proxy = find(UnorderedList.class).id("proxy-list").getElement().getTextRecursively();
		assertThat(proxy).contains("高龄老人生活补贴申请").doesNotContain("农村村民宅基地申请", "残疾人证新办");
	}

	@Test
	void an_unknown_item_has_no_guide() {
		navigate("guide/NOPE-1", GuideView.class);

		assertThat(find(Paragraph.class).id("guide-not-found").getText()).contains("未找到");
	}

	private String ask(String code, String check) {
		test(find(TextField.class).id("query-code")).setValue(code);
		test(find(TextField.class).id("query-check")).setValue(check);
		test(find(Button.class).id("query-ask")).click();
		return find(Paragraph.class).id("query-message").getText();
	}

	private static void assertNoPersonalData() {
		String page = UI.getCurrent().getElement().getTextRecursively();
		assertThat(page).doesNotContain(APPLICANT_NAME, APPLICANT_ID, "621121********0784", "13800000000", "柳湾村");
	}

}
