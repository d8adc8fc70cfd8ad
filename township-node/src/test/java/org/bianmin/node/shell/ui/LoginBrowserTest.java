package org.bianmin.node.shell.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.bianmin.node.HeadlessChromium;
import org.bianmin.node.DemoTownshipTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login in a real headless Chromium (Debian's chromium and chromium-driver; nothing
 * is downloaded). Skipped when Chromium is missing, except in CI ({@code CI=true}), where
 * it must run.
 */
@DemoTownshipTest
@ExtendWith(LoginBrowserTest.ScreenshotOnFailure.class)
class LoginBrowserTest {

	private static final Path TARGET = Path.of("target").toAbsolutePath();

	private static final Duration WAIT = Duration.ofSeconds(20);

	/** A query code of QS as the home page's list shows it: 261125-001-QS-2. */
	private static final Pattern QS_QUERY_CODE = Pattern.compile("[0-9]{6}-[0-9]{3,}-QS-[0-9A-Z]");

	private static final Pattern FULL_ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9X](?![0-9])");

	/** The demo residents' ID numbers, which a list must only ever show masked. */
	private static final List<String> DEMO_ID_NUMBERS = List.of("621121193805125626", "621121194411030784",
			"621121195202293558", "621121198507308662", "621121199909156213");

	private static final List<String> DEMO_APPLICANTS = List.of("王秀兰", "张桂英", "李\uD840\uDE0C明", "刘晓红", "陈志强");

	@LocalServerPort
	private int port;

	private ChromeDriver browser;

	@BeforeAll
	static void requireChromiumOutsideCi() {
		HeadlessChromium.assumeAvailable();
	}

	@BeforeEach
	void startBrowser() throws IOException {
		this.browser = HeadlessChromium.start(1280, 900);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void logs_the_demo_clerk_in_and_shows_the_main_layout_in_chinese() throws IOException {
		this.browser.get(url("/"));
		waitFor(ExpectedConditions.urlContains("/login"));

		logIn("clerk", "demo");

		WebElement badge = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("node-badge")));
		assertThat(badge.getText()).isEqualTo("青石镇便民服务中心 · 乡镇");
		assertThat(this.browser.findElement(By.id("current-user")).getText()).isEqualTo("周晓燕");
		assertThat(this.browser.findElement(By.id("current-roles")).getText()).isEqualTo("窗口受理员");
		assertThat(this.browser.findElement(By.tagName("vaadin-side-nav")).getText()).contains("首页");
		assertThat(this.browser.findElement(By.id("home-welcome")).getText()).isEqualTo("周晓燕，您好！");
		screenshot("main-layout");
	}

	@Test
	void shows_the_demo_cases_on_the_home_page_with_masked_id_numbers_only() throws IOException {
		this.browser.get(url("/login"));

		logIn("clerk", "demo");

		List<String> cells = waitFor((browser) -> {
			List<String> texts = browser.findElements(By.cssSelector("#home-cases vaadin-grid-cell-content"))
				.stream()
				.map(WebElement::getText)
				.toList();
			return texts.stream().anyMatch((text) -> QS_QUERY_CODE.matcher(text).matches()) ? texts : null;
		});
		screenshot("home-cases");
		assertThat(cells).as("a demo applicant in the list").containsAnyElementsOf(DEMO_APPLICANTS);
		assertThat(cells).contains("621121********3558");
		String pageText = this.browser.findElement(By.tagName("body")).getText();
		assertThat(pageText).contains("本点办件");
		assertThat(FULL_ID_NUMBER.matcher(pageText).find()).as("a full ID number in the page text").isFalse();
		String pageSource = this.browser.getPageSource();
		assertThat(DEMO_ID_NUMBERS).noneMatch(pageSource::contains);
	}

	@Test
	void refuses_a_wrong_password_with_the_chinese_message() {
		this.browser.get(url("/login"));

		logIn("clerk", "wrong-password");

		waitFor(ExpectedConditions.urlContains("error"));
		WebElement error = waitFor((browser) -> errorMessage());
		assertThat(error.getText()).contains("用户名或密码不正确");
		assertThat(this.browser.findElements(By.id("node-badge"))).isEmpty();
	}

	@Test
	void logs_out() {
		this.browser.get(url("/login"));
		logIn("clerk.b", "demo");
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("logout"))).click();

		waitFor(ExpectedConditions.urlContains("/login"));
		this.browser.get(url("/"));
		waitFor(ExpectedConditions.urlContains("/login"));
	}

	private void logIn(String username, String password) {
		WebElement user = waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
		user.sendKeys(username);
		WebElement secret = this.browser.findElement(By.cssSelector("input[name='password']"));
		secret.sendKeys(password, Keys.ENTER);
	}

	/**
	 * The error box of vaadin-login-form once it shows, or {@code null}. It sits two
	 * shadow roots deep: vaadin-login-form, then its vaadin-login-form-wrapper.
	 */
	private @Nullable WebElement errorMessage() {
		SearchContext form = this.browser.findElement(By.tagName("vaadin-login-form")).getShadowRoot();
		SearchContext wrapper = form.findElement(By.cssSelector("vaadin-login-form-wrapper")).getShadowRoot();
		WebElement error = wrapper.findElement(By.cssSelector("[part='error-message']"));
		return error.isDisplayed() ? error : null;
	}

	private <T> T waitFor(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.browser, WAIT).until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void screenshot(String name) throws IOException {
		Path screenshots = Files.createDirectories(TARGET.resolve("screenshots"));
		Files.write(screenshots.resolve("LoginBrowserTest-" + name + ".png"),
				this.browser.getScreenshotAs(OutputType.BYTES));
	}

	/** Runs before {@code @AfterEach}, while the browser still shows what went wrong. */
	static class ScreenshotOnFailure implements AfterTestExecutionCallback {

		@Override
		public void afterTestExecution(ExtensionContext context) throws IOException {
			if (context.getExecutionException().isPresent()
					&& context.getRequiredTestInstance() instanceof LoginBrowserTest test && test.browser != null) {
				test.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
			}
		}

	}

}
