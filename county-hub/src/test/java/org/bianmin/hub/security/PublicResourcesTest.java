package org.bianmin.hub.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.bianmin.hub.DemoHubTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser may fetch before login, over real HTTP (the Vaadin servlet serves these,
 * which MockMvc has not got). Shares its server with LoginBrowserTest.
 */
@DemoHubTest
class PublicResourcesTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void the_stylesheet_is_served_without_login_so_that_the_login_page_is_styled() throws Exception {
		HttpResponse<String> response = get("/styles/bianmin.css");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(".bianmin-node-badge");
	}

	@Test
	void the_home_page_is_not() throws Exception {
		HttpResponse<String> response = get("/");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
