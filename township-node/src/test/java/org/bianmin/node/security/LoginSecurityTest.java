package org.bianmin.node.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bianmin.node.TownshipNodeTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login over real HTTP, as a browser does it: the form POST carries the CSRF token
 * that Vaadin's login page holds. (Vaadin's configurer exempts the login POST itself from
 * the CSRF check, so no test here claims that it is refused without one.)
 */
@TownshipNodeTest
class LoginSecurityTest {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void sends_an_anonymous_visitor_to_the_login_page() throws Exception {
		HttpResponse<String> response = get("/");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response)).endsWith("/login");
	}

	@Test
	void shows_the_login_page_to_anyone() throws Exception {
		HttpResponse<String> response = get("/login");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("name=\"_csrf\"");
	}

	@Test
	void answers_the_health_check_without_login() throws Exception {
		HttpResponse<String> response = get("/actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"UP\"");
	}

	@Test
	void refuses_a_wrong_password() throws Exception {
		HttpResponse<String> response = login("clerk", "wrong");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response)).endsWith("/login?error");
		assertThat(get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void refuses_an_unknown_user() throws Exception {
		HttpResponse<String> response = login("nobody", "demo");

		assertThat(location(response)).endsWith("/login?error");
	}

	@Test
	void lets_a_demo_user_in() throws Exception {
		HttpResponse<String> response = login("clerk", "demo");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(location(response)).doesNotContain("error").doesNotEndWith("/login");
		assertThat(get("/").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> login(String username, String password) throws Exception {
		String page = get("/login").body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).as("the login page holds a CSRF token").isTrue();
		return post("/login",
				"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1)));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
