package org.bianmin.node.filing.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bianmin.node.HeadlessChromium;
import org.bianmin.node.residents.SyntheticResidentIds;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The village agent's journey in a real headless Chromium, at the demo village point
 * QSLW: log in, register a resident, record a standing authorisation, file an item, save
 * the draft, submit it and find it by its query code. The driver set-up is
 * LoginBrowserTest's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bianmin.data-dir=./target/test-data/village-browser", "spring.flyway.clean-disabled=false" })
@ActiveProfiles({ "demo", "village" })
@org.springframework.context.annotation.Import(org.bianmin.node.FreshTestDatabaseAccess.class)
@ExtendWith(AgentJourneyBrowserTest.ScreenshotOnFailure.class)
class AgentJourneyBrowserTest {

	private static final Path TARGET = Path.of("target").toAbsolutePath();

	private static final Duration WAIT = Duration.ofSeconds(20);

	@LocalServerPort
	private int port;

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
	void the_agent_registers_a_resident_records_authorisation_files_saves_submits_and_finds_the_case() {
		this.browser.get(url("/login"));
		logIn("agent", "demo");
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("node-badge")));

		this.browser.get(url("/residents/new"));
		String id = SyntheticResidentIds.bornIn1950();
		type("resident-id", id);
		type("resident-name", "柳大爷");
		type("resident-phone", "13912345678");
		type("resident-village", "柳湾村");
		click(this.browser.findElement(By.id("resident-save")));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("resident-page-name")));
		assertThat(this.browser.getCurrentUrl()).doesNotContain(id);
		assertThat(this.browser.findElement(By.id("resident-page-id")).getText()).isEqualTo(id);

		click(this.browser.findElement(By.id("authorisation-record")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("resident-standing-authorisation"), "书面签字"));

		click(this.browser.findElement(By.id("resident-file-for")));
		WebElement itemInput = waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#filing-item input")));
		itemInput.sendKeys("S-001");
		waitFor(ExpectedConditions.attributeToBe(By.id("filing-item"), "opened", "true"));
		itemInput.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("filing-guide"), "办事指南"));
		List<WebElement> received = waitFor(ExpectedConditions.presenceOfAllElementsLocatedBy(
				By.xpath("//*[@id='filing-materials']//vaadin-radio-button[contains(., '已收')]")));
		received.forEach(this::click);
		assertThat(this.browser.findElement(By.id("filing-authorisation")).getText()).contains("使用长期委托");

		click(this.browser.findElement(By.id("filing-save")));
		waitFor((browser) -> browser.findElements(By.id("filing-status")).size() == 1
				&& text("filing-status").endsWith("草稿"));
		assertThat(this.browser.getCurrentUrl()).contains("/filing/draft/").doesNotContain(id);
		Matcher code = Pattern.compile("查询码 (\\S+)").matcher(text("filing-status"));
		assertThat(code.find()).isTrue();
		String queryCode = code.group(1);

		click(this.browser.findElement(By.id("filing-submit")));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("filing-submitted")));
		assertThat(text("filing-submitted")).contains("同步");
		assertThat(text("filing-status")).contains(queryCode).endsWith("待受理");

		this.browser.get(url("/filing"));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("filing-grid"), queryCode));
		assertThat(this.browser.findElement(By.id("filing-grid")).getText()).contains("待受理")
			.contains(id.substring(0, 6) + "********" + id.substring(14))
			.doesNotContain(id);
	}

	/**
	 * Scrolls the element into view first: at 1366x768 the lower buttons start below the
	 * fold.
	 */
	private void click(WebElement element) {
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		waitFor(ExpectedConditions.elementToBeClickable(element)).click();
	}

	/**
	 * An element's text from the DOM: WebDriver's rendered text comes back empty for
	 * content the view scrolled out of the app layout's viewport.
	 */
	private String text(String elementId) {
		return this.browser.findElement(By.id(elementId)).getDomProperty("textContent");
	}

	private void type(String fieldId, String text) {
		waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input"))).sendKeys(text);
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
		Files.write(screenshots.resolve("AgentJourneyBrowserTest-" + name + ".png"),
				this.browser.getScreenshotAs(OutputType.BYTES));
		Files.writeString(screenshots.resolve("AgentJourneyBrowserTest-" + name + ".html"),
				this.browser.getPageSource());
	}

	/** Runs before {@code @AfterEach}, while the browser still shows what went wrong. */
	static class ScreenshotOnFailure implements AfterTestExecutionCallback {

		@Override
		public void afterTestExecution(ExtensionContext context) throws IOException {
			if (context.getExecutionException().isPresent()
					&& context.getRequiredTestInstance() instanceof AgentJourneyBrowserTest test
					&& test.browser != null) {
				test.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
			}
		}

	}

}
