package org.bianmin.hub.sync.ui;

import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.bianmin.hub.HubBrowserlessTest;
import org.bianmin.hub.sync.SyncNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 节点管理 without a browser: registering shows the secret once, rotating issues a new one
 * that replaces the old at once, mistakes are explained in Chinese.
 */
class NodesViewTest extends HubBrowserlessTest {

	@Autowired
	JdbcTemplate jdbc;

	private void open() {
		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
		navigate(NodesView.class);
	}

	@SuppressWarnings("unchecked")
	private void select(String code) {
		Grid<SyncNode> grid = find(Grid.class).id("nodes");
		grid.select(nodes().stream().filter((n) -> n.code().value().equals(code)).findFirst().orElseThrow());
	}

	@Test
	@WithUserDetails("admin")
	void registering_shows_the_secret_once() {
		open();
		String code = code("N");

		register(code, "乡镇", null, "新丰镇便民服务中心");

		String secret = find(Pre.class).id("issued-secret").getText();
		assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(storedSecret(code)).isEqualTo(secret);
		assertThat(nodes()).extracting((node) -> node.code().value()).contains(code);
		test(find(Button.class).id("close-secret")).click();
		assertThat(find(Pre.class).all()).extracting(Pre::getText).doesNotContain(secret);
		// no screen shows it again: the registry's rows do not even carry it
		assertThat(SyncNode.class.getRecordComponents()).extracting((c) -> c.getName()).doesNotContain("secret");
	}

	@Test
	@WithUserDetails("admin")
	void rotating_issues_a_new_secret_that_replaces_the_old() {
		open();
		String code = code("R");
		register(code, "乡镇", null, "旧密钥镇");
		String old = find(Pre.class).id("issued-secret").getText();
		test(find(Button.class).id("close-secret")).click();

		select(code);
		test(find(Button.class).id("rotate-secret")).click();
		test(find(ConfirmDialog.class).id("rotate-confirm")).confirm();

		String renewed = find(Pre.class).id("issued-secret").getText();
		assertThat(renewed).hasSize(43).isNotEqualTo(old);
		assertThat(storedSecret(code)).isEqualTo(renewed);
	}

	@Test
	@WithUserDetails("admin")
	void explains_mistakes_in_chinese() {
		open();

		register(code("V"), "村", null, "无主村");
		assertThat(find(Span.class).id("node-error").getText()).isEqualTo("村便民服务点必须选择所属乡镇");

		register("QS", "乡镇", null, "重复镇");
		assertThat(find(Span.class).id("node-error").getText()).isEqualTo("节点编码 QS 已被使用");

		register("9X", "乡镇", null, "坏编码");
		assertThat(find(Span.class).id("node-error").getText()).isNotBlank();
	}

	@Test
	@WithUserDetails("admin")
	void registers_a_village_under_a_registered_township_and_disables_it() {
		open();
		String code = code("V");

		register(code, "村", "QS", "柳树村便民服务点");
		test(find(Button.class).id("close-secret")).click();
		select(code);
		test(find(Button.class).id("toggle-node")).click();

		SyncNode village = nodes().stream().filter((n) -> n.code().value().equals(code)).findFirst().orElseThrow();
		assertThat(village.parentTownship().value()).isEqualTo("QS");
		assertThat(village.enabled()).isFalse();
	}

	@SuppressWarnings("unchecked")
	private void register(String code, String level, String parent, String name) {
		test(find(TextField.class).id("node-code")).setValue(code);
		test(find(Select.class).id("node-level")).selectItem(level);
		if (parent != null) {
			test(find(Select.class).id("node-parent")).selectItem(parent);
		}
		test(find(TextField.class).id("node-name")).setValue(name);
		test(find(Button.class).id("register-node")).click();
	}

	@SuppressWarnings("unchecked")
	private java.util.List<SyncNode> nodes() {
		Grid<SyncNode> grid = find(Grid.class).id("nodes");
		return grid.getListDataView().getItems().toList();
	}

	private String storedSecret(String code) {
		return this.jdbc.queryForObject("select secret from sync_node where code = ?", String.class, code);
	}

	private static String code(String prefix) {
		return prefix + UUID.randomUUID()
			.toString()
			.replace("-", "")
			.substring(0, 5)
			.toUpperCase(Locale.ROOT)
			.replaceAll("[^A-Z0-9]", "A");
	}

}
