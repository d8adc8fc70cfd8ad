package org.bianmin.hub.identity;

import org.bianmin.model.node.NodeLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class HubIdentityTest {

	@Test
	void accepts_the_demo_county() {
		HubIdentity hub = new HubIdentity("YL", "云岭县政务服务中心");

		assertThat(hub.level()).isEqualTo(NodeLevel.COUNTY);
	}

	@Test
	void rejects_a_code_in_lower_case_or_too_long() {
		assertThatIllegalArgumentException().isThrownBy(() -> new HubIdentity("yl", "云岭县政务服务中心"))
			.withMessageContaining("bianmin.hub.code");
		assertThatIllegalArgumentException().isThrownBy(() -> new HubIdentity("YUNLING", "云岭县政务服务中心"));
		assertThatIllegalArgumentException().isThrownBy(() -> new HubIdentity("1L", "云岭县政务服务中心"));
	}

	@Test
	void requires_code_and_name_with_a_message_that_names_the_setting() {
		assertThatNullPointerException().isThrownBy(() -> new HubIdentity(null, "云岭县政务服务中心"))
			.withMessageContaining("bianmin.hub.code");
		assertThatNullPointerException().isThrownBy(() -> new HubIdentity("YL", null))
			.withMessageContaining("bianmin.hub.name");
		assertThatIllegalArgumentException().isThrownBy(() -> new HubIdentity("YL", " "));
	}

}
