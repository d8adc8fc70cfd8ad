package org.bianmin.hub.review.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import javax.sql.DataSource;

import org.bianmin.hub.DemoHubTest;
import org.bianmin.hub.demo.DemoCaseIds;
import org.bianmin.model.cases.CaseId;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county's journeys in a real headless Chromium against the demo hub: a reviewer
 * decides a forwarded case from the inbox, and a supervisor sees a red case on the
 * dashboard and a bad rating, and closes its follow-up. Driver set up as in
 * LoginBrowserTest (Debian's Chromium and chromedriver, nothing downloaded).
 */
@DemoHubTest
class ReviewBrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

	@RegisterExtension
	final ScreenshotOnFailure screenshots = new ScreenshotOnFailure();

	@LocalServerPort
	private int port;

	@Autowired
	private DataSource dataSource;

	private @Nullable WebDriver driver;

	@BeforeAll
	static void requireChromium() {
		HeadlessChromium.requireAvailable();
	}

	@BeforeEach
	void startBrowser() {
		this.driver = HeadlessChromium.start(1366, 900);
		this.screenshots.driver = this.driver;
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void a_reviewer_opens_a_forwarded_case_from_the_inbox_and_decides_it() throws IOException {
		WebDriver browser = logIn("reviewer.rs");
		browser.get(url("review"));
		WebElement grid = waitFor(browser, By.id("inbox-grid"));
		new WebDriverWait(browser, Duration.ofSeconds(20)).until((page) -> grid.getText().contains("孙桂芳"));
		this.screenshots.save("review-inbox");

		CaseId id = new DemoCaseIds(this.dataSource).of("孙桂芳", "S-002");
		browser.findElement(By.cssSelector("a[href='review/" + id.value() + "']")).click();
		assertThat(waitFor(browser, By.id("case-status")).getText()).isEqualTo("已转报县级");
		assertThat(browser.findElement(By.id("case-resident-id")).getText()).doesNotContain("19620718");

		click(browser, "action-receive");
		waitForText(browser, "case-status", "县级已接收");
		WebElement reasons = waitFor(browser, By.cssSelector("#decide-reasons textarea"));
		reasons.sendKeys("材料齐全，符合待遇领取条件");
		click(browser, "action-decide");

		waitForText(browser, "case-status", "待出件");
		assertThat(browser.findElement(By.id("case-decision")).getText()).startsWith("准予");
		assertThat(browser.findElement(By.id("case-timeline")).getText()).contains("作出决定", "下发结果", "李娜");
		this.screenshots.save("review-decided");
	}

	@Test
	void a_supervisor_sees_a_red_case_and_a_bad_rating_and_closes_the_follow_up() throws IOException {
		WebDriver browser = logIn("supervisor");
		browser.get(url("supervision"));
		WebElement township = waitFor(browser, By.id("open-township"));
		WebElement red = township.findElement(By.cssSelector("a.bianmin-overdue"));
		this.screenshots.save("supervision-dashboard");
		red.click();
		WebElement results = waitFor(browser, By.id("search-grid"));
		new WebDriverWait(browser, Duration.ofSeconds(20)).until((page) -> results.getText().contains("超期"));

		browser.get(url("supervision/ratings"));
		WebElement ratings = waitFor(browser, By.id("ratings-table"));
		assertThat(ratings.getText()).contains("非常不满意");
		WebElement followUps = waitFor(browser, By.id("follow-up-grid"));
		// 郑晓丽's bad rating (no other test closes its follow-up)
		new WebDriverWait(browser, Duration.ofSeconds(20)).until((page) -> followUps.getText().contains("郑晓丽"));
		this.screenshots.save("supervision-ratings");

		CaseId id = new DemoCaseIds(this.dataSource).of("郑晓丽", "S-002");
		browser.findElement(By.cssSelector("a[href='review/" + id.value() + "']")).click();
		assertThat(waitFor(browser, By.id("case-rating")).getText()).startsWith("不满意");
		WebElement response = waitFor(browser, By.cssSelector("#follow-up-response textarea"));
		response.sendKeys("已约谈受理窗口，优化叫号流程，并电话回访申请人");
		click(browser, "action-close-follow-up");

		waitForText(browser, "case-follow-up", "已整改：已约谈受理窗口，优化叫号流程，并电话回访申请人");
		this.screenshots.save("follow-up-closed");
	}

	private WebDriver logIn(String username) {
		WebDriver browser = this.driver;
		assertThat(browser).isNotNull();
		browser.get(url(""));
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
		WebElement user = waitFor(browser, By.cssSelector("vaadin-login-form input[name='username']"));
		user.sendKeys(username);
		WebElement secret = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
		secret.sendKeys("demo");
		secret.sendKeys(Keys.ENTER);
		waitFor(browser, By.id("node-badge"));
		return browser;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

	private static void click(WebDriver browser, String id) {
		WebElement button = waitFor(browser, By.id(id));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
		button.click();
	}

	private static void waitForText(WebDriver browser, String id, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
	}

	private static WebElement waitFor(WebDriver browser, By by) {
		return new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/**
	 * Keeps a screenshot of the page a failed test left behind (and of others asked for).
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
