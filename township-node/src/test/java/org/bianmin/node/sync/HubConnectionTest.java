package org.bianmin.node.sync;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HubConnectionTest {

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080/", "http://127.0.0.1:8080/", "http://127.8.9.10/",
			"http://[::1]:8080/", "https://hub.example.gov.cn:8443/", "https://10.0.0.5/" })
	void accepts_https_anywhere_and_plain_http_on_loopback(String url) {
		assertThat(new HubConnection(URI.create(url), "secret", null).url()).hasToString(url);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://hub.example.gov.cn/", "http://10.0.0.5:8080/", "http://192.168.1.2/",
			"http://localhost.example.com/" })
	void refuses_plain_http_to_any_other_host_with_a_clear_message(String url) {
		assertThatIllegalArgumentException().isThrownBy(() -> new HubConnection(URI.create(url), "secret", null))
			.withMessageContaining("plain http")
			.withMessageContaining("https://");
	}

	@Test
	void works_offline_without_a_secret_and_never_prints_one() {
		HubConnection unset = new HubConnection(URI.create("http://localhost:8080/"), " ", null);
		HubConnection set = new HubConnection(URI.create("http://localhost:8080/"), "s3cr3t-value", null);

		assertThat(unset.isConfigured()).isFalse();
		assertThat(set.isConfigured()).isTrue();
		assertThat(set.toString()).doesNotContain("s3cr3t-value");
	}

}
