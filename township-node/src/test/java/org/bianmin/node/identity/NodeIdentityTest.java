package org.bianmin.node.identity;

import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NodeIdentityTest {

	private static final NodeCode HUB = NodeCode.of("YL");

	private final ApplicationContextRunner startup = new ApplicationContextRunner()
		.withUserConfiguration(IdentityOnly.class);

	@Test
	void accepts_a_township_without_parent() {
		NodeIdentity township = new NodeIdentity(NodeCode.of("QS"), NodeLevel.TOWNSHIP, "青石镇便民服务中心", null, HUB);

		assertThat(township.isVillage()).isFalse();
	}

	@Test
	void accepts_a_village_with_its_parent_township() {
		NodeIdentity village = new NodeIdentity(NodeCode.of("QSLW"), NodeLevel.VILLAGE, "青石镇柳湾村便民服务点",
				NodeCode.of("QS"), HUB);

		assertThat(village.isVillage()).isTrue();
		assertThat(village.parentTownship()).isEqualTo(NodeCode.of("QS"));
	}

	@Test
	void rejects_a_village_without_parent_township() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NodeIdentity(NodeCode.of("QSLW"), NodeLevel.VILLAGE, "青石镇柳湾村便民服务点", null, HUB))
			.withMessageContaining("bianmin.node.parent-township is required for a VILLAGE node");
	}

	@Test
	void rejects_a_township_with_a_parent_township() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new NodeIdentity(NodeCode.of("QS"), NodeLevel.TOWNSHIP, "青石镇便民服务中心", NodeCode.of("YL"), HUB))
			.withMessageContaining("only a VILLAGE node has a parent township");
	}

	@Test
	void rejects_a_village_that_is_its_own_parent() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new NodeIdentity(NodeCode.of("QSLW"), NodeLevel.VILLAGE, "青石镇柳湾村便民服务点", NodeCode.of("QSLW"), HUB))
			.withMessageContaining("the village's own code");
	}

	@Test
	void rejects_the_county_level() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NodeIdentity(NodeCode.of("YL"), NodeLevel.COUNTY, "云岭县政务服务中心", null, HUB))
			.withMessageContaining("county-hub");
	}

	@Test
	void rejects_a_node_that_names_itself_as_its_hub() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NodeIdentity(HUB, NodeLevel.TOWNSHIP, "青石镇便民服务中心", null, HUB))
			.withMessageContaining("bianmin.node.hub");
	}

	@Test
	void gives_the_place_in_the_network_the_case_rules_need() {
		NodeIdentity village = new NodeIdentity(NodeCode.of("QSLW"), NodeLevel.VILLAGE, "青石镇柳湾村便民服务点",
				NodeCode.of("QS"), HUB);

		assertThat(village.place().parentTownship()).isEqualTo(NodeCode.of("QS"));
		assertThat(village.place().hub()).isEqualTo(HUB);
		assertThat(township("QS").place().level()).isEqualTo(NodeLevel.TOWNSHIP);
	}

	@Test
	void refuses_to_start_with_a_code_that_is_no_node_code() {
		this.startup
			.withPropertyValues("bianmin.node.code=Q-S", "bianmin.node.level=TOWNSHIP", "bianmin.node.name=青石镇便民服务中心",
					"bianmin.node.hub=YL")
			.run((context) -> assertThat(context).getFailure().hasMessageContaining("bianmin.node"));
	}

	@Test
	void rejects_a_missing_or_blank_name() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NodeIdentity(NodeCode.of("QS"), NodeLevel.TOWNSHIP, " ", null, HUB))
			.withMessageContaining("bianmin.node.name is not set");
	}

	@Test
	void binds_from_configuration() {
		this.startup
			.withPropertyValues("bianmin.node.code=QSLW", "bianmin.node.level=VILLAGE", "bianmin.node.name=青石镇柳湾村便民服务点",
					"bianmin.node.parent-township=QS", "bianmin.node.hub=YL")
			.run((context) -> assertThat(context.getBean(NodeIdentity.class)).isEqualTo(
					new NodeIdentity(NodeCode.of("QSLW"), NodeLevel.VILLAGE, "青石镇柳湾村便民服务点", NodeCode.of("QS"), HUB)));
	}

	@Test
	void refuses_to_start_a_village_without_parent_township_and_says_why() {
		this.startup
			.withPropertyValues("bianmin.node.code=QSLW", "bianmin.node.level=VILLAGE", "bianmin.node.name=青石镇柳湾村便民服务点",
					"bianmin.node.hub=YL")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("bianmin.node.parent-township is required for a VILLAGE node"));
	}

	@Test
	void refuses_to_start_without_a_node_code() {
		this.startup
			.withPropertyValues("bianmin.node.level=TOWNSHIP", "bianmin.node.name=青石镇便民服务中心", "bianmin.node.hub=YL")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("bianmin.node.code is not set"));
	}

	private static NodeIdentity township(String code) {
		return new NodeIdentity(NodeCode.of(code), NodeLevel.TOWNSHIP, "青石镇便民服务中心", null, HUB);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(NodeIdentity.class)
	static class IdentityOnly {

	}

}
