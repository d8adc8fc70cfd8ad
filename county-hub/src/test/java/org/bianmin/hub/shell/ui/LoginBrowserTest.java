package org.bianmin.hub.shell.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.bianmin.hub.DemoHubTest;
import org.bianmin.hub.HeadlessChromium;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs in through a real headless Chromium (Debian's, with its own chromedriver: nothing
 * is downloaded) against the hub on a random port with the demo staff, and checks what a
 * clerk sees in Chinese. Skipped where Chromium is missing, except in CI, where it must
 * run.
 */
@DemoHubTest
class LoginBrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

	@RegisterExtension
	final ScreenshotOnFailure screenshots = new ScreenshotOnFailure();

	@LocalServerPort
	private int port;

	private @Nullable WebDriver driver;

	@BeforeAll
	static void requireChromium() {
		HeadlessChromium.requireAvailable();
	}

	@BeforeEach
	void startBrowser() {
		this.driver = HeadlessChromium.start(1280, 800);
		this.screenshots.driver = this.driver;
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void a_demo_reviewer_logs_in_and_sees_the_hub_in_chinese() throws IOException {
		WebDriver browser = openLogin();

		logIn(browser, "reviewer", "demo");

		WebElement badge = waitFor(browser, By.id("node-badge"));
		assertThat(badge.getText()).isEqualTo("云岭县政务服务中心 · 县");
		assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo("孙志强");
		assertThat(browser.findElement(By.id("current-roles")).getText()).isEqualTo("后台审批员");
		assertThat(browser.findElement(By.tagName("vaadin-side-nav-item")).getText()).contains("首页");
		assertThat(waitFor(browser, By.id("welcome")).getText()).isEqualTo("欢迎，孙志强");
		assertThat(browser.getTitle()).isEqualTo("首页");
		this.screenshots.save("main-layout");
	}

	@Test
	void a_wrong_password_shows_the_chinese_error() throws IOException {
		WebDriver browser = openLogin();

		logIn(browser, "reviewer", "wrong");

		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("error"));
		WebElement form = waitFor(browser, By.tagName("vaadin-login-form"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((page) -> form.getText().contains("用户名或密码不正确"));
		assertThat(form.getText()).contains("用户名或密码不正确", "请检查用户名和密码后重试。");
		assertThat(browser.findElements(By.id("node-badge"))).isEmpty();
		this.screenshots.save("login-error");
	}

	private WebDriver openLogin() {
		WebDriver browser = this.driver;
		assertThat(browser).isNotNull();
		browser.get("http://localhost:" + this.port + "/");
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
		assertThat(waitFor(browser, By.id("centre-name")).getText()).isEqualTo("云岭县政务服务中心");
		return browser;
	}

	private static void logIn(WebDriver browser, String username, String password) {
		WebElement user = waitFor(browser, By.cssSelector("vaadin-login-form input[name='username']"));
		user.sendKeys(username);
		WebElement secret = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
		secret.sendKeys(password);
		secret.sendKeys(Keys.ENTER);
	}

	private static WebElement waitFor(WebDriver browser, By by) {
		return new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/**
	 * Keeps a screenshot of the page a failed test left behind (and, on request, of
	 * others).
	 */
	static final class ScreenshotOnFailure implements AfterTestExecutionCallback {

		private @Nullable WebDriver driver;

		@Override
		public void afterTestExecution(ExtensionContext context) throws IOException {
			if (context.getExecutionException().isPresent()) {
				save("failed-" + context.getRequiredTestMethod().getName());
			}
		}

		void save(String name) throws IOException {
			if (this.driver instanceof TakesScreenshot camera) {
				File shot = camera.getScreenshotAs(OutputType.FILE);
				Files.createDirectories(SCREENSHOTS);
				Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
			}
		}

	}

}
