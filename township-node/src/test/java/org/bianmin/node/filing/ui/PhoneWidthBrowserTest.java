package org.bianmin.node.filing.ui;

import java.time.Duration;
import java.util.function.Function;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The village agent's screens at phone width (390x844, an agent on a phone hotspot): each
 * page fits without sideways scrolling, shows its main action, and reads at 16px or more;
 * the new-resident form and the filing form are filled and saved from the keyboard alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bianmin.data-dir=./target/test-data/village-phone", "spring.flyway.clean-disabled=false" })
@ActiveProfiles({ "demo", "village" })
@Import(org.bianmin.node.FreshTestDatabaseAccess.class)
@ExtendWith(PhoneWidthBrowserTest.ScreenshotOnFailure.class)
class PhoneWidthBrowserTest {

	private static final int WIDTH = 390;

	private static final int HEIGHT = 844;

	private static final Duration WAIT = Duration.ofSeconds(20);

	/**
	 * More than any of these forms has focusable elements between the first field and
	 * save.
	 */
	private static final int MAX_TABS = 60;

	@LocalServerPort
	private int port;

	private ChromeDriver browser;

	@BeforeAll
	static void requireChromiumOutsideCi() {
		HeadlessChromium.assumeAvailable();
	}

	@BeforeEach
	void startBrowser() {
		this.browser = HeadlessChromium.start(WIDTH, HEIGHT);
		// headless Chromium keeps windows at least 500 pixels wide, whatever
		// --window-size
		// says: only device emulation gives the page a phone's 390
		HeadlessChromium.emulateScreen(this.browser, WIDTH, HEIGHT);
		this.browser.get(url("/login"));
		WebElement user = waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
		user.sendKeys("agent");
		this.browser.findElement(By.cssSelector("input[name='password']")).sendKeys("demo", Keys.ENTER);
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("node-badge")));
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void the_agents_screens_fit_a_phone_show_their_main_action_and_read_large() {
		this.browser.get(url("/"));
		assertFitsPhone("home", "home-welcome");

		this.browser.get(url("/residents"));
		assertFitsPhone("residents", "resident-register");

		this.browser.get(url("/residents/new"));
		assertFitsPhone("resident-new", "resident-save");
		String id = SyntheticResidentIds.bornIn1950();
		type("resident-id", id);
		type("resident-name", "郑小满");
		type("resident-village", "柳湾村");
		click("resident-save");
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("resident-page-name")));
		assertFitsPhone("resident", "resident-file-for");

		this.browser.get(url("/filing"));
		assertFitsPhone("filing", "filing-new");

		this.browser.get(url("/filing/draft"));
		assertFitsPhone("filing-draft-new", "filing-save");

		this.browser.get(url("/my-cases"));
		assertFitsPhone("my-cases", "my-cases-grid");
	}

	@Test
	void the_agent_registers_a_resident_and_saves_a_draft_with_the_keyboard_alone() {
		this.browser.get(url("/residents/new"));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("resident-save")));
		// the form opens with the cursor in its first field; from there on only keys
		waitFor((browser) -> hasFocus("resident-id"));
		String id = SyntheticResidentIds.bornIn1950();
		keys(id, Keys.TAB, "许长根", Keys.TAB, "13912345678", Keys.TAB, "柳湾村");
		tabTo("resident-save");
		keys(Keys.ENTER);
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("resident-page-name")));
		assertThat(text("resident-page-id")).isEqualTo(id);
		String residentPage = this.browser.getCurrentUrl();

		// the standing authorisation, recorded with its defaults, again by keyboard
		this.browser.executeScript("document.activeElement.blur();");
		tabTo("authorisation-record");
		keys(Keys.ENTER);
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("resident-standing-authorisation"), "书面签字"));

		String residentUuid = residentPage.substring(residentPage.lastIndexOf('/') + 1);
		this.browser.get(url("/filing/draft?resident=" + residentUuid));
		waitFor((browser) -> hasFocus("filing-item"));
		keys("S-001");
		waitFor(ExpectedConditions.attributeToBe(By.id("filing-item"), "opened", "true"));
		// ENTER takes the highlighted item only once the filtered list has arrived
		waitFor((browser) -> Boolean.TRUE
			.equals(this.browser.executeScript("const c = document.getElementById('filing-item');"
					+ " return !c.loading && !!c.filteredItems && c.filteredItems.length === 1;")));
		keys(Keys.ARROW_DOWN);
		waitFor((browser) -> this.browser.findElement(By.cssSelector("#filing-item input"))
			.getDomProperty("value")
			.startsWith("S-001 "));
		keys(Keys.ENTER);
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("filing-guide"), "办事指南"));
		tabTo("filing-save");
		keys(Keys.ENTER);
		waitFor((browser) -> browser.findElements(By.id("filing-status")).size() == 1
				&& text("filing-status").endsWith("草稿"));
		assertThat(this.browser.getCurrentUrl()).contains("/filing/draft/");
		assertThat(text("filing-applicant")).contains("许长根");
	}

	private void assertFitsPhone(String page, String mainActionId) {
		WebElement action = waitFor(ExpectedConditions.presenceOfElementLocated(By.id(mainActionId)));
		// let the layout settle: grids and form layouts size themselves after attaching
		waitFor((browser) -> Boolean.TRUE.equals(this.browser.executeScript("return document.readyState === 'complete'"
				+ " && !document.querySelector('vaadin-connection-indicator[loading]');")));
		assertThat(overflowWidth()).as("%s scrolls sideways", page).isZero();
		assertThat(gridOverflowWidth()).as("%s has a grid that scrolls sideways", page).isZero();
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", action);
		waitFor(ExpectedConditions.visibilityOf(action));
		Number right = (Number) this.browser.executeScript("return arguments[0].getBoundingClientRect().right;",
				action);
		Number left = (Number) this.browser.executeScript("return arguments[0].getBoundingClientRect().left;", action);
		Number window = (Number) this.browser.executeScript("return window.innerWidth;");
		assertThat(window.intValue()).as("window width").isEqualTo(WIDTH);
		assertThat(left.doubleValue()).as("%s: left edge of %s", page, mainActionId).isGreaterThanOrEqualTo(0);
		assertThat(right.doubleValue()).as("%s: right edge of %s", page, mainActionId).isLessThanOrEqualTo(WIDTH);
		Number fontSize = (Number) this.browser
			.executeScript("return parseFloat(getComputedStyle(document.body).fontSize);");
		assertThat(fontSize.doubleValue()).as("%s body font size", page).isGreaterThanOrEqualTo(16);
		HeadlessChromium.screenshot(this.browser, "PhoneWidthBrowserTest-" + page);
	}

	/** How many CSS pixels the page is wider than the window; 0 when it fits. */
	private long overflowWidth() {
		Number overflow = (Number) this.browser
			.executeScript("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
		return overflow.longValue();
	}

	/**
	 * How many CSS pixels the widest grid's rows are wider than the grid; 0 when every
	 * grid's columns fit. A grid scrolls inside itself, so the page alone does not show
	 * it.
	 */
	private long gridOverflowWidth() {
		Number overflow = (Number) this.browser.executeScript("""
				return Math.max(0, ...Array.from(document.querySelectorAll('vaadin-grid'), (grid) => {
					const table = grid.shadowRoot.querySelector('#table');
					return table.scrollWidth - table.clientWidth;
				}));""");
		return overflow.longValue();
	}

	/** Presses TAB until the element with the given id has focus. */
	private void tabTo(String elementId) {
		for (int i = 0; i < MAX_TABS; i++) {
			if (hasFocus(elementId)) {
				return;
			}
			keys(Keys.TAB);
		}
		throw new AssertionError(elementId + " not reached with " + MAX_TABS + " TABs; focus is on "
				+ this.browser.executeScript("return document.activeElement.outerHTML.substring(0, 200);"));
	}

	/**
	 * Whether the element, or the input inside it (Vaadin fields keep their input in
	 * their light DOM), has the focus.
	 */
	private boolean hasFocus(String elementId) {
		return Boolean.TRUE.equals(this.browser.executeScript(
				"let e = document.getElementById(arguments[0]); return !!e && e.contains(document.activeElement);",
				elementId));
	}

	private void keys(CharSequence... keys) {
		new Actions(this.browser).sendKeys(keys).perform();
	}

	private void click(String elementId) {
		WebElement element = this.browser.findElement(By.id(elementId));
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		waitFor(ExpectedConditions.elementToBeClickable(element)).click();
	}

	private String text(String elementId) {
		return this.browser.findElement(By.id(elementId)).getDomProperty("textContent");
	}

	private void type(String fieldId, String text) {
		waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input"))).sendKeys(text);
	}

	private <T> T waitFor(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.browser, WAIT).until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Runs before {@code @AfterEach}, while the browser still shows what went wrong. */
	static class ScreenshotOnFailure implements AfterTestExecutionCallback {

		@Override
		public void afterTestExecution(ExtensionContext context) {
			if (context.getExecutionException().isPresent()
					&& context.getRequiredTestInstance() instanceof PhoneWidthBrowserTest test
					&& test.browser != null) {
				HeadlessChromium.screenshot(test.browser,
						"PhoneWidthBrowserTest-FAILED-" + context.getRequiredTestMethod().getName());
			}
		}

	}

}
