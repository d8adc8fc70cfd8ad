package org.bianmin.systest.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bianmin.systest.harness.Databases;
import org.bianmin.systest.harness.SyncNetwork;
import org.bianmin.systest.harness.SystemTestFiles;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole journey of a county item across the network (issue 4), in real browsers
 * against the packaged apps as the demo runs them, every hop by sync over HTTPS: the
 * village agent 陈秀英 files 城乡居民基本养老保险待遇领取 for a resident at QSLW and submits it; the
 * township QS receives it, the clerk 周晓燕 accepts and forwards it; the county's reviewer
 * 李娜 receives, decides and releases it at the hub; the township delivers it and records
 * the resident's rating; the hub then holds the whole timeline, every event once. The
 * nodes sync on their own every two seconds (their Quartz job), as in production, only
 * more often.
 */
class CaseJourneyBrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration WAIT = Duration.ofSeconds(30);

	/** How long a hop by sync may take: two sync intervals and a busy machine. */
	private static final Duration SYNC_WAIT = Duration.ofSeconds(90);

	@BeforeAll
	static void requireChromium() {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present && "true".equals(System.getenv("CI"))) {
			fail("CI must run the browser tests, but " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing: install the Debian packages chromium, chromium-driver and fonts-noto-cjk");
		}
		assumeTrue(present, "Skipping browser test: " + CHROMIUM + " or " + CHROMEDRIVER
				+ " is missing (apt-get install chromium chromium-driver fonts-noto-cjk)");
	}

	@Test
	void a_county_item_filed_at_the_village_is_accepted_decided_delivered_and_rated_and_the_hub_sees_it_all()
			throws Exception {
		String[] syncOften = { "--bianmin.sync.interval=PT2S", "--bianmin.sync.backoff-base=PT1S",
				"--bianmin.sync.backoff-cap=PT3S" };
		try (SyncNetwork network = SyncNetwork.create("journey")) {
			SyncNetwork.Node village = network.addNode("QSLW", SyncNetwork.NodeMode.DEMO, syncOften);
			SyncNetwork.Node township = network.addNode("QS", SyncNetwork.NodeMode.DEMO, syncOften);
			network.start();
			ChromeDriver browser = startBrowser();
			try {
				// 1. the village agent files and submits
				UUID caseId = fileAndSubmitAtTheVillage(browser, village.url());

				// 2. the township receives, accepts and forwards
				logIn(browser, township.url(), "clerk");
				openWhenShown(browser, township.url() + "cases/" + caseId, By.id("action-accept"));
				act(browser, "action-accept");
				waitFor(browser, ExpectedConditions.textToBe(By.id("case-status"), "已受理"));
				act(browser, "action-forward");
				waitFor(browser, (b) -> b.findElements(By.id("action-forward")).isEmpty());

				// 3. the county decides and releases
				logIn(browser, network.hubUrl(), "reviewer.rs");
				openWhenShown(browser, network.hubUrl() + "review/" + caseId, By.id("action-receive"));
				click(browser, By.id("action-receive"));
				click(browser, waitFor(browser, ExpectedConditions.elementToBeClickable(By.id("action-decide"))));
				// the hub's case page may release with the decision (status 待出件) or offer
				// 发还
				waitFor(browser, (b) -> !b.findElements(By.id("action-release")).isEmpty()
						|| "待出件".equals(b.findElement(By.id("case-status")).getDomProperty("textContent").strip()));
				if (!browser.findElements(By.id("action-release")).isEmpty()) {
					click(browser, By.id("action-release"));
					waitFor(browser, (b) -> b.findElements(By.id("action-release")).isEmpty());
				}

				// 4. the township delivers and records the rating
				logIn(browser, township.url(), "clerk");
				openWhenShown(browser, township.url() + "cases/" + caseId, By.id("action-deliver"));
				act(browser, "action-deliver");
				act(browser, "action-rate");
				waitFor(browser, (b) -> b.findElements(By.id("action-rate")).isEmpty());

				// 5. the hub holds the whole timeline, every event once
				List<String> timeline = awaitHubTimeline(network, caseId, "RATED");
				assertThat(timeline).as("the hub's events of the case: sequences 1..n")
					.allSatisfy((line) -> assertThat(line).matches("[0-9]+ [A-Z_]+ [A-Z]+"));
				for (int i = 0; i < timeline.size(); i++) {
					assertThat(timeline.get(i)).startsWith((i + 1) + " ");
				}
				assertThat(timeline.stream().map((line) -> line.substring(line.indexOf(' ') + 1)).toList())
					.as("the hub's timeline, in order (draft saves may come between)")
					.containsSubsequence("FILED QSLW", "SUBMITTED QSLW", "ACCEPTED QS", "FORWARDED QS", "RECEIVED YL",
							"DECIDED YL", "RESULT_RELEASED YL", "DELIVERED QS", "RATED QS");
				logIn(browser, network.hubUrl(), "reviewer.rs");
				browser.get(network.hubUrl() + "review/" + caseId);
				WebElement shown = waitFor(browser,
						ExpectedConditions.visibilityOfElementLocated(By.id("case-timeline")));
				assertThat(shown.getDomProperty("textContent")).as("the hub's case page").contains("陈秀英", "周晓燕", "李娜");
			}
			catch (Exception | AssertionError ex) {
				screenshot(browser, "CaseJourneyBrowserTest-FAILED");
				throw ex;
			}
			finally {
				browser.quit();
			}
		}
	}

	private static UUID fileAndSubmitAtTheVillage(ChromeDriver browser, String village) {
		logIn(browser, village, "agent");
		browser.get(village + "residents/new");
		String id = bornIn1950();
		type(browser, "resident-id", id);
		type(browser, "resident-name", "柳大爷");
		type(browser, "resident-phone", "13912345678");
		type(browser, "resident-village", "柳湾村");
		click(browser, By.id("resident-save"));
		waitFor(browser, ExpectedConditions.visibilityOfElementLocated(By.id("resident-page-name")));
		click(browser, By.id("authorisation-record"));
		waitFor(browser,
				ExpectedConditions.textToBePresentInElementLocated(By.id("resident-standing-authorisation"), "书面签字"));
		click(browser, By.id("resident-file-for"));
		WebElement item = waitFor(browser,
				ExpectedConditions.elementToBeClickable(By.cssSelector("#filing-item input")));
		item.sendKeys("S-002");
		waitFor(browser, ExpectedConditions.attributeToBe(By.id("filing-item"), "opened", "true"));
		item.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
		waitFor(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("filing-guide"), "办事指南"));
		List<WebElement> received = waitFor(browser, ExpectedConditions.presenceOfAllElementsLocatedBy(
				By.xpath("//*[@id='filing-materials']//vaadin-radio-button[contains(., '已收')]")));
		received.forEach((radio) -> click(browser, radio));
		click(browser, By.id("filing-save"));
		waitFor(browser, (b) -> b.getCurrentUrl().matches(".*/filing/draft/[0-9a-f-]{36}.*"));
		Matcher caseId = Pattern.compile("/filing/draft/([0-9a-f-]{36})").matcher(browser.getCurrentUrl());
		assertThat(caseId.find()).isTrue();
		click(browser, By.id("filing-submit"));
		waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("filing-submitted")));
		return UUID.fromString(caseId.group(1));
	}

	/**
	 * Reloads a page until the element shows: what it waits for comes with a sync run.
	 */
	private static void openWhenShown(ChromeDriver browser, String url, By element) {
		long deadline = System.nanoTime() + SYNC_WAIT.toNanos();
		while (System.nanoTime() < deadline) {
			browser.get(url);
			try {
				new WebDriverWait(browser, Duration.ofSeconds(4))
					.until(ExpectedConditions.visibilityOfElementLocated(element));
				return;
			}
			catch (org.openqa.selenium.TimeoutException ex) {
				// not synced yet
			}
		}
		throw new AssertionError("No " + element + " at " + url + " within " + SYNC_WAIT);
	}

	/** An action of the node's case page: its button, then the dialog's confirm. */
	private static void act(ChromeDriver browser, String action) {
		click(browser, waitFor(browser, ExpectedConditions.elementToBeClickable(By.id(action))));
		click(browser, waitFor(browser, ExpectedConditions.elementToBeClickable(By.id("action-confirm"))));
		waitFor(browser, (b) -> b.findElements(By.id("action-dialog")).isEmpty());
	}

	private static List<String> awaitHubTimeline(SyncNetwork network, UUID caseId, String last) {
		long deadline = System.nanoTime() + SYNC_WAIT.toNanos();
		List<String> timeline = List.of();
		while (System.nanoTime() < deadline) {
			timeline = Databases.read(network.hubData(),
					(db) -> Databases.strings(db,
							"select sequence || ' ' || event_type || ' ' || node_code from case_event where case_id = ?"
									+ " order by sequence",
							caseId));
			if (!timeline.isEmpty() && timeline.getLast().contains(last)) {
				return timeline;
			}
			sleep(Duration.ofSeconds(1));
		}
		throw new AssertionError("The hub's timeline of " + caseId + " did not reach " + last + ": " + timeline);
	}

	private static void logIn(ChromeDriver browser, String base, String username) {
		browser.manage().deleteAllCookies();
		browser.get(base + "logout");
		browser.manage().deleteAllCookies();
		browser.get(base + "login");
		WebElement user = waitFor(browser,
				ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
		user.sendKeys(username);
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys("demo", Keys.ENTER);
		waitFor(browser, (b) -> !b.getCurrentUrl().contains("/login"));
	}

	private static void type(ChromeDriver browser, String fieldId, String text) {
		waitFor(browser, ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")))
			.sendKeys(text);
	}

	private static void click(ChromeDriver browser, By by) {
		click(browser, waitFor(browser, ExpectedConditions.presenceOfElementLocated(by)));
	}

	/** Scrolls the element into view first: lower buttons start below the fold. */
	private static void click(ChromeDriver browser, WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		waitFor(browser, ExpectedConditions.elementToBeClickable(element)).click();
	}

	// Vaadin re-renders a case page after an action: an element found a moment ago may be
	// gone by the time it is read, which is not a failure, only a reason to look again
	private static <T> T waitFor(WebDriver browser, Function<? super WebDriver, T> condition) {
		return new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
	}

	/**
	 * Debian's Chromium through its own chromedriver (nothing downloaded), as the apps'
	 * browser tests start it; it accepts the hub's throwaway certificate, which no
	 * browser trusts.
	 */
	private static ChromeDriver startBrowser() throws IOException {
		Path home = Files.createDirectories(SystemTestFiles.root().resolve("chromium"));
		ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withEnvironment(Map.of("XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_CACHE_HOME",
					home.resolve("cache").toString()))
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--ignore-certificate-errors", "--lang=zh-CN", "--window-size=1366,900",
				"--user-data-dir=" + Files.createTempDirectory(home, "profile-"));
		return new ChromeDriver(driver, options);
	}

	private static void screenshot(@Nullable ChromeDriver browser, String name) {
		if (browser == null) {
			return;
		}
		try {
			Path dir = Files.createDirectories(SystemTestFiles.root().resolve("screenshots"));
			Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
			Files.writeString(dir.resolve(name + ".html"), browser.getPageSource());
		}
		catch (IOException | RuntimeException ex) {
			// the failure itself matters more
		}
	}

	/** A made-up ID number of someone born in 1950 (60+), with a valid check digit. */
	private static String bornIn1950() {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String body = String.format("6211211950%02d%02d%03d", random.nextInt(1, 13), random.nextInt(1, 29),
				random.nextInt(1000));
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
