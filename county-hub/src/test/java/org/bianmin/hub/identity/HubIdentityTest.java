package org.bianmin.hub.identity;

import java.util.Map;

import org.bianmin.model.node.NodeCode;
import org.bianmin.model.node.NodeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class HubIdentityTest {

	@Test
	void binds_the_demo_county_from_its_settings() {
		HubIdentity hub = bind(Map.of("bianmin.hub.code", "YL", "bianmin.hub.name", "云岭县政务服务中心"));

		assertThat(hub.code()).isEqualTo(NodeCode.of("YL"));
		assertThat(hub.level()).isEqualTo(NodeLevel.COUNTY);
		assertThat(hub.place().node()).isEqualTo(NodeCode.of("YL"));
	}

	@Test
	void refuses_a_code_that_is_no_node_code() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("bianmin.hub.code", "YUNLING", "bianmin.hub.name", "云岭县政务服务中心")))
			.withMessageContaining("bianmin.hub");
	}

	@Test
	void requires_code_and_name_with_a_message_that_names_the_setting() {
		assertThatNullPointerException().isThrownBy(() -> new HubIdentity(null, "云岭县政务服务中心"))
			.withMessageContaining("bianmin.hub.code");
		assertThatNullPointerException().isThrownBy(() -> new HubIdentity(NodeCode.of("YL"), null))
			.withMessageContaining("bianmin.hub.name");
		assertThatIllegalArgumentException().isThrownBy(() -> new HubIdentity(NodeCode.of("YL"), " "));
	}

	private static HubIdentity bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bind("bianmin.hub", HubIdentity.class).get();
	}

}
