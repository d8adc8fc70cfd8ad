package org.bianmin.node.identity;

import org.bianmin.model.node.NodeLevel;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NodeIdentityTest {

	private final ApplicationContextRunner startup = new ApplicationContextRunner()
		.withUserConfiguration(IdentityOnly.class);

	@Test
	void accepts_a_township_without_parent() {
		NodeIdentity township = new NodeIdentity("QS", NodeLevel.TOWNSHIP, "青石镇便民服务中心", null);

		assertThat(township.isVillage()).isFalse();
	}

	@Test
	void accepts_a_village_with_its_parent_township() {
		NodeIdentity village = new NodeIdentity("QSLW", NodeLevel.VILLAGE, "青石镇柳湾村便民服务点", "QS");

		assertThat(village.isVillage()).isTrue();
		assertThat(village.parentTownship()).isEqualTo("QS");
	}

	@Test
	void rejects_a_village_without_parent_township() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NodeIdentity("QSLW", NodeLevel.VILLAGE, "青石镇柳湾村便民服务点", null))
			.withMessageContaining("bianmin.node.parent-township is required for a VILLAGE node");
	}

	@Test
	void rejects_a_township_with_a_parent_township() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NodeIdentity("QS", NodeLevel.TOWNSHIP, "青石镇便民服务中心", "YL"))
			.withMessageContaining("only a VILLAGE node has a parent township");
	}

	@Test
	void rejects_a_village_that_is_its_own_parent() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NodeIdentity("QSLW", NodeLevel.VILLAGE, "青石镇柳湾村便民服务点", "QSLW"))
			.withMessageContaining("the village's own code");
	}

	@Test
	void rejects_the_county_level() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NodeIdentity("YL", NodeLevel.COUNTY, "云岭县政务服务中心", null))
			.withMessageContaining("county-hub");
	}

	@Test
	void rejects_node_codes_of_wrong_size_characters_or_syntax() {
		assertThatIllegalArgumentException().isThrownBy(() -> township("Q")).withMessageContaining("2 to 6");
		assertThatIllegalArgumentException().isThrownBy(() -> township("QSLWXYZ")).withMessageContaining("2 to 6");
		assertThatIllegalArgumentException().isThrownBy(() -> township("qs")).withMessageContaining("upper-case");
		assertThatIllegalArgumentException().isThrownBy(() -> township("9S")).withMessageContaining("upper-case");
		assertThatIllegalArgumentException().isThrownBy(() -> township("Q-S")).withMessageContaining("upper-case");
	}

	@Test
	void rejects_a_missing_or_blank_name() {
		assertThatIllegalArgumentException().isThrownBy(() -> new NodeIdentity("QS", NodeLevel.TOWNSHIP, " ", null))
			.withMessageContaining("bianmin.node.name is not set");
	}

	@Test
	void binds_from_configuration() {
		this.startup
			.withPropertyValues("bianmin.node.code=QSLW", "bianmin.node.level=VILLAGE", "bianmin.node.name=青石镇柳湾村便民服务点",
					"bianmin.node.parent-township=QS")
			.run((context) -> assertThat(context.getBean(NodeIdentity.class))
				.isEqualTo(new NodeIdentity("QSLW", NodeLevel.VILLAGE, "青石镇柳湾村便民服务点", "QS")));
	}

	@Test
	void refuses_to_start_a_village_without_parent_township_and_says_why() {
		this.startup
			.withPropertyValues("bianmin.node.code=QSLW", "bianmin.node.level=VILLAGE", "bianmin.node.name=青石镇柳湾村便民服务点")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("bianmin.node.parent-township is required for a VILLAGE node"));
	}

	@Test
	void refuses_to_start_without_a_node_code() {
		this.startup.withPropertyValues("bianmin.node.level=TOWNSHIP", "bianmin.node.name=青石镇便民服务中心")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("bianmin.node.code is not set"));
	}

	private static NodeIdentity township(String code) {
		return new NodeIdentity(code, NodeLevel.TOWNSHIP, "青石镇便民服务中心", null);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(NodeIdentity.class)
	static class IdentityOnly {

	}

}
