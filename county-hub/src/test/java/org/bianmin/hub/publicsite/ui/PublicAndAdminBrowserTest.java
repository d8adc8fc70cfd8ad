package org.bianmin.hub.publicsite.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.bianmin.hub.DemoHubTest;
import org.bianmin.model.cases.QueryCode;
import org.bianmin.model.node.NodeCode;
import org.bianmin.hub.HeadlessChromium;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium against the demo hub: the admin publishes a catalog
 * version; a resident queries the demo case with the right check and a wrong one; a guide
 * page on a 390 px phone screen shows its QR code. The driver setup is LoginBrowserTest's
 * (Debian's Chromium and chromedriver, nothing downloaded).
 */
@DemoHubTest
class PublicAndAdminBrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();

	/** The demo hub's case (DemoCases), filed at 河塘镇 for 杨德芬, ID ending 113X. */
	private static final QueryCode DEMO_CODE = QueryCode.issue(NodeCode.of("HT"), LocalDate.of(2026, 3, 2), 901);

	@LocalServerPort
	private int port;

	private @Nullable ChromeDriver driver;

	@BeforeAll
	static void requireChromium() {
		HeadlessChromium.requireAvailable();
	}

	@BeforeEach
	void startBrowser() {
		this.driver = HeadlessChromium.start(1280, 900);
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void the_admin_changes_an_item_and_publishes_a_new_version() throws IOException {
		ChromeDriver browser = browser();
		browser.get(url("login"));
		waitFor(browser, By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("admin");
		WebElement password = browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
		password.sendKeys("demo");
		password.sendKeys(Keys.ENTER);
		waitFor(browser, By.id("node-badge"));

		browser.get(url("catalog/edit"));
		waitFor(browser, By.id("draft-items"));
		WebElement item = new WebDriverWait(browser, Duration.ofSeconds(20))
			.until((page) -> page.findElements(By.tagName("vaadin-grid-cell-content"))
				.stream()
				.filter((cell) -> cell.getText().equals("独生子女父母光荣证办理"))
				.findFirst()
				.orElse(null));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
		item.click();
		WebElement fee = waitFor(browser, By.cssSelector("#item-fee input"));
		fee.clear();
		fee.sendKeys("不收费（浏览器测试）");
		// the dialog is taller than the window
		click(browser, browser.findElement(By.id("item-save")));
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.attributeContains(By.id("draft-status"), "textContent", "最近由admin"));
		click(browser, browser.findElement(By.id("publish")));

		WebElement result = new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("publish-result")));
		assertThat(result.getAttribute("textContent")).contains("已发布第", "版");
		screenshot("admin-published");
	}

	@Test
	void the_public_query_shows_progress_for_the_right_check_and_nothing_for_a_wrong_one() throws IOException {
		WebDriver browser = browser();
		browser.get(url("q/" + DEMO_CODE.value()));
		WebElement check = waitFor(browser, By.cssSelector("#query-check input"));
		check.sendKeys("113x");
		browser.findElement(By.id("query-ask")).click();

		WebElement progress = waitFor(browser, By.id("progress"));
		assertThat(progress.getText()).contains("城乡居民基本养老保险待遇领取", "县级已接收", "已受理");
		assertThat(browser.getPageSource()).doesNotContain("杨德芬", "52252719870302113X", "522527********113X",
				"13900000001");
		screenshot("public-query-progress");

		WebElement again = browser.findElement(By.cssSelector("#query-check input"));
		again.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1234");
		browser.findElement(By.id("query-ask")).click();
		WebElement message = waitFor(browser, By.id("query-message"));
		assertThat(message.getText()).isEqualTo("查询码或身份证号码后四位不正确，请核对后重试。");
		assertThat(browser.findElements(By.id("progress"))).isEmpty();
		assertThat(browser.getPageSource()).doesNotContain("杨德芬", "52252719870302113X", "城乡居民基本养老保险待遇领取");
	}

	@Test
	void a_guide_on_a_phone_screen_shows_its_qr_code_without_sideways_scrolling() throws IOException {
		ChromeDriver browser = browser();
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
		browser.get(url("guide/S-002"));

		WebElement qr = waitFor(browser, By.cssSelector("#guide-qr svg"));
		assertThat(waitFor(browser, By.id("guide-name")).getText()).isEqualTo("城乡居民基本养老保险待遇领取");
		JavascriptExecutor script = browser;
		assertThat(((Number) script.executeScript("return window.innerWidth")).intValue()).isEqualTo(390);
		assertThat(((Number) script.executeScript("return document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(390);
		assertThat(qr.getSize().getWidth()).isBetween(120, 390);
		assertThat(browser.findElement(By.id("guide-qr")).getAttribute("data-link")).endsWith("/guide/S-002");
		screenshot("guide-phone");
	}

	private static void click(WebDriver browser, WebElement element) {
		// a click event, as a tap would give: the dialog overlay does not scroll for
		// Selenium
		((JavascriptExecutor) browser).executeScript("arguments[0].click()", element);
	}

	private ChromeDriver browser() {
		assertThat(this.driver).isNotNull();
		return this.driver;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

	private static WebElement waitFor(WebDriver browser, By by) {
		return new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	private void screenshot(String name) throws IOException {
		if (this.driver instanceof TakesScreenshot camera) {
			File shot = camera.getScreenshotAs(OutputType.FILE);
			Files.createDirectories(SCREENSHOTS);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
