package org.bianmin.hub.catalog.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.bianmin.hub.HubBrowserlessTest;
import org.bianmin.hub.catalog.CatalogDraftService;
import org.bianmin.hub.catalog.CatalogService;
import org.bianmin.model.cases.StaffRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo admin edits the catalog draft, sees every problem in Chinese, and publishes.
 * The demo items keep their names (other tests of the demo hub read them): the items
 * edited here are new ones.
 */
@WithUserDetails("admin")
class CatalogEditViewTest extends HubBrowserlessTest {

	@Autowired
	private CatalogService catalogs;

	@Autowired
	private CatalogDraftService drafts;

	@BeforeEach
	void startClean() {
		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
		this.drafts.discard(new StaffRef("admin", "赵建国"));
	}

	@Test
	void an_empty_item_is_refused_with_every_problem_in_chinese() {
		navigate(CatalogEditView.class);
		test(find(Button.class).id("add-item")).click();

		test(find(TextField.class).id("item-code")).setValue("T-900");
		test(find(Button.class).id("item-save")).click();

		String problems = find(Div.class).id("item-problems").getElement().getTextRecursively();
		assertThat(problems).contains("缺少必填项 事项名称", "缺少必填项 实施部门", "缺少必填项 设定依据", "缺少必填项 办件类型", "缺少必填项 第1项材料·材料名称",
				"未指定受理层级");
		assertThat(find(Paragraph.class).id("draft-status").getText()).contains("当前没有保存的草稿");
	}

	@Test
	void a_new_item_is_saved_to_the_draft_and_published_as_the_next_version() {
		int before = this.catalogs.current().orElseThrow().version();
		navigate(CatalogEditView.class);

		addItem("T-901", "测试事项甲");
		assertThat(find(Paragraph.class).id("draft-status").getText()).contains("草稿（基于第" + before + "版）");
		test(find(Button.class).id("check-draft")).click();
		assertThat(find(Paragraph.class).id("draft-clean").getText()).contains("检查通过");
		test(find(TextField.class).id("publish-about")).setValue("新增测试事项");
		test(find(Button.class).id("publish")).click();

		assertThat(find(Paragraph.class).id("publish-result").getText()).contains("已发布第" + (before + 1) + "版");
		assertThat(this.catalogs.current().orElseThrow().version()).isEqualTo(before + 1);
	}

	@Test
	void a_renamed_item_shows_the_three_level_difference_and_needs_confirming() {
		navigate(CatalogEditView.class);
		addItem("T-902", "测试事项乙");
		test(find(Button.class).id("publish")).click();
		int published = this.catalogs.current().orElseThrow().version();

		test(find(com.vaadin.flow.component.grid.Grid.class).id("draft-items")).clickRow(
				(int) find(com.vaadin.flow.component.grid.Grid.class).id("draft-items").getListDataView().getItemCount()
						- 1);
		test(find(TextField.class).id("item-name")).setValue("测试事项乙（改名）");
		test(find(Button.class).id("item-save")).click();
		test(find(Button.class).id("publish")).click();

		assertThat(find(Div.class).id("draft-problems").getElement().getTextRecursively()).contains("三级四同",
				"事项 T-902 名称不一致", "“测试事项乙（改名）”与“测试事项乙”");
		assertThat(this.catalogs.current().orElseThrow().version()).isEqualTo(published);
		test(find(Checkbox.class).id("publish-confirm")).click();
		test(find(Button.class).id("publish")).click();
		assertThat(this.catalogs.current().orElseThrow().version()).isEqualTo(published + 1);
	}

	private void addItem(String code, String name) {
		test(find(Button.class).id("add-item")).click();
		test(find(TextField.class).id("item-code")).setValue(code);
		test(find(TextField.class).id("item-name")).setValue(name);
		ItemForm form = find(ItemForm.class).single();
		form.type.setValue(org.bianmin.model.catalog.ItemType.PUBLIC_SERVICE);
		form.acceptAt.setValue(java.util.Set.of(org.bianmin.model.node.NodeLevel.TOWNSHIP));
		form.decidedAt.setValue(org.bianmin.model.node.NodeLevel.TOWNSHIP);
		form.category.setValue(org.bianmin.model.catalog.ItemCategory.TIME_LIMITED);
		form.department.setValue("乡镇人民政府");
		form.legalBasis.setValue("《测试办法》");
		form.legalLimitDays.setValue(10);
		form.promisedLimitDays.setValue(5);
		form.fee.setValue("不收费");
		form.materialRows.getFirst().materialName.setValue("居民身份证");
		form.materialRows.getFirst().key.setValue(true);
		test(find(Button.class).id("item-save")).click();
		assertThat(find(Div.class).withId("item-problems").all()).isEmpty();
	}

}
