package org.bianmin.node.demo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.bianmin.model.staff.Role;
import org.bianmin.node.i18n.TranslationProvider;
import org.bianmin.node.identity.NodeIdentity;
import org.bianmin.node.storage.StorageSettings;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DemoBannerTest {

	@Test
	void tells_where_to_open_the_node_and_how_each_demo_user_logs_in() {
		DemoBanner banner = new DemoBanner(
				new NodeIdentity(NodeCode.of("QSLW"), NodeLevel.VILLAGE, "青石镇柳湾村便民服务点", NodeCode.of("QS"),
						NodeCode.of("YL")),
				new DemoSettings(List.of(new DemoSettings.DemoUser("agent", "陈秀英", Role.PROXY_AGENT, null))),
				new StorageSettings(Path.of("/data/bianmin/village")), new TranslationProvider(),
				new MockEnvironment().withProperty("local.server.port", "8082"));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		banner.print(new PrintStream(bytes, true, StandardCharsets.US_ASCII));

		// UTF-8 even on a stream set up for ASCII: the banner writes bytes
		String printed = bytes.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("青石镇柳湾村便民服务点 · 村 (QSLW, township QS)")
			.contains("http://localhost:8082/")
			.contains("agent / demo / 代办员 PROXY_AGENT / 陈秀英")
			.contains("/data/bianmin/village");
	}

	@Test
	void names_the_department_of_a_user_who_has_one() {
		DemoBanner banner = new DemoBanner(
				new NodeIdentity(NodeCode.of("QS"), NodeLevel.TOWNSHIP, "青石镇便民服务中心", null, NodeCode.of("YL")),
				new DemoSettings(List.of(new DemoSettings.DemoUser("reviewer", "孙志强", Role.REVIEWER, "县民政局"))),
				new StorageSettings(Path.of("/data")), new TranslationProvider(),
				new MockEnvironment().withProperty("local.server.port", "8081"));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		banner.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

		assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("reviewer / demo / 审批人员 REVIEWER / 孙志强 (县民政局)")
			.contains("青石镇便民服务中心 · 乡镇 (QS)");
	}

}
