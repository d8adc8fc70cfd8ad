package org.bianmin.node.casework.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.model.cases.CaseStatus;
import org.bianmin.model.cases.MaterialState;
import org.bianmin.node.HeadlessChromium;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.WindowDesk;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bianmin.model.cases.CaseFixtures.CLERK;
import static org.bianmin.model.cases.CaseFixtures.MEDICAL_ENROLMENT;
import static org.bianmin.model.cases.CaseFixtures.PENSION;
import static org.bianmin.model.cases.CaseFixtures.RELIEF;

/**
 * The clerk's day at the township window in a real headless Chromium: log in as 周晓燕, open
 * the queue, accept a case with a deferred material, request a correction, refuse one by
 * keyboard and accept an instant item (decided at once); at 1366x768 and at phone width.
 * The cases are made through CaseCommandService first, as walk-ins would be. Skipped
 * without Chromium except in CI, like LoginBrowserTest.
 */
@TownshipNodeTest
@ExtendWith(CaseworkBrowserTest.ScreenshotOnFailure.class)
class CaseworkBrowserTest {

	private static final Path TARGET = Path.of("target").toAbsolutePath();

	private static final Duration WAIT = Duration.ofSeconds(20);

	@LocalServerPort
	private int port;

	@Autowired
	private CaseCommandService service;

	private ChromeDriver browser;

	@BeforeAll
	static void requireChromiumOutsideCi() {
		HeadlessChromium.assumeAvailable();
	}

	@BeforeEach
	void startBrowser() throws IOException {
		this.browser = HeadlessChromium.start(1366, 768);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void the_clerk_works_through_the_queue() throws IOException {
		WindowDesk desk = new WindowDesk(this.service, CLERK);
		String village = WindowDesk.village();
		Case deferring = desk.submitted(PENSION, "张建国", village,
				CaseFixtures.receivedExcept(PENSION, MaterialState.DEFERRED, "社会保障卡"));
		Case incomplete = desk.submitted(RELIEF, "王秀兰", village,
				CaseFixtures.receivedExcept(RELIEF, MaterialState.MISSING, "困难情况证明材料"));
		Case refused = desk.submitted(RELIEF, "赵德明", village);
		Case instant = desk.submitted(MEDICAL_ENROLMENT, "孙小梅", village);

		this.browser.get(url("/queue"));
		logIn("clerk", "demo");
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("queue-title")));
		WebElement link = waitFor(
				ExpectedConditions.elementToBeClickable(By.linkText(deferring.queryCode().display())));
		assertThat(this.browser.findElement(By.id("queue-grid")).getText()).contains("张建国", "待受理")
			.doesNotContain("621121194411030784");
		screenshot("queue-1366");
		link.click();

		// accept with the deferred material pre-ticked and its date pre-filled
		waitFor(ExpectedConditions.textToBe(By.id("case-status"), "待受理"));
		click("action-accept");
		click("action-confirm");
		waitFor(ExpectedConditions.textToBe(By.id("case-status"), "已受理"));
		assertThat(this.browser.findElement(By.id("case-promised")).getText()).contains("暂停计时");
		assertThat(this.service.find(deferring.id()).outstandingDeferrals()).hasSize(1);

		// the one-time correction notice, pre-filled with the missing material
		open(incomplete);
		click("action-correct");
		click("action-confirm");
		waitFor(ExpectedConditions.textToBe(By.id("case-status"), "待补正"));

		// refuse by keyboard: Alt+R opens it, Ctrl+Enter confirms
		open(refused);
		new Actions(this.browser).keyDown(Keys.ALT).sendKeys("r").keyUp(Keys.ALT).perform();
		WebElement reasons = waitFor(
				ExpectedConditions.elementToBeClickable(By.cssSelector("#action-reasons textarea")));
		reasons.sendKeys("申请人不属于本县户籍");
		new Actions(this.browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
		waitFor(ExpectedConditions.textToBe(By.id("case-status"), "不予受理"));

		// an instant item is decided as it is accepted
		open(instant);
		click("action-accept");
		click("action-confirm");
		waitFor(ExpectedConditions.textToBe(By.id("case-status"), "已办结"));
		assertThat(this.browser.findElement(By.id("case-timeline")).getText()).contains("受理 · 周晓燕", "作出决定 · 周晓燕");
		screenshot("case-1366");

		assertThat(this.service.find(deferring.id()).status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(this.service.find(incomplete.id()).status()).isEqualTo(CaseStatus.NEEDS_CORRECTION);
		assertThat(this.service.find(refused.id()).status()).isEqualTo(CaseStatus.REFUSED);
		assertThat(this.service.find(instant.id()).status()).isEqualTo(CaseStatus.DECIDED);

		// phone width: the case page and the queue fit without sideways scrolling
		HeadlessChromium.emulateScreen(this.browser, 390, 844);
		open(instant);
		assertThat(this.browser.executeScript("return window.innerWidth")).isEqualTo(390L);
		assertThat(pageOverflows()).isFalse();
		screenshot("case-phone");
		this.browser.get(url("/queue"));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("queue-grid")));
		assertThat(pageOverflows()).isFalse();
		screenshot("queue-phone");
	}

	@Test
	void an_agent_typing_the_url_of_a_case_not_theirs_gets_not_found() {
		// a walk-in of another village, filed at the window: not the township agent's
		// case
		Case other = new WindowDesk(this.service, CLERK).submitted(RELIEF, "周永福", WindowDesk.village());

		this.browser.get(url("/login"));
		logIn("agent.qs", "demo");
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("node-badge")));
		this.browser.get(url("/cases/" + other.id().value()));

		WebElement notFound = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("case-not-found")));
		assertThat(notFound.getText()).isEqualTo("未找到该办件");
		String page = this.browser.findElement(By.tagName("body")).getText();
		assertThat(page).doesNotContain("周永福").doesNotContain(other.queryCode().display());
	}

	private void open(Case c) {
		this.browser.get(url("/cases/" + c.id().value()));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("case-status")));
	}

	private void click(String id) {
		waitFor(ExpectedConditions.elementToBeClickable(By.id(id))).click();
	}

	private boolean pageOverflows() {
		Object overflow = this.browser
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
		return Boolean.TRUE.equals(overflow);
	}

	private void logIn(String username, String password) {
		WebElement user = waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
		user.sendKeys(username);
		this.browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
	}

	private <T> T waitFor(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.browser, WAIT).until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void screenshot(String name) throws IOException {
		Path screenshots = Files.createDirectories(TARGET.resolve("screenshots"));
		Files.write(screenshots.resolve("CaseworkBrowserTest-" + name + ".png"),
				this.browser.getScreenshotAs(OutputType.BYTES));
	}

	/** Runs before {@code @AfterEach}, while the browser still shows what went wrong. */
	static class ScreenshotOnFailure implements AfterTestExecutionCallback {

		@Override
		public void afterTestExecution(ExtensionContext context) throws IOException {
			if (context.getExecutionException().isPresent()
					&& context.getRequiredTestInstance() instanceof CaseworkBrowserTest test && test.browser != null) {
				test.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
			}
		}

	}

}
