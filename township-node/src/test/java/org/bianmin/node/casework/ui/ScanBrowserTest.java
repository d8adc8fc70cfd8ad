package org.bianmin.node.casework.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.CaseChange;
import org.bianmin.model.cases.CaseFixtures;
import org.bianmin.node.HeadlessChromium;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.attachments.AttachmentService;
import org.bianmin.node.attachments.AttachmentStatus;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.casework.WindowDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk attaches a photo of a material on the case page in a real headless Chromium:
 * the upload offers the phone's camera, the scan is stored and shown as a thumbnail
 * served through the session, and waits for upload to the hub. Skipped without Chromium
 * except in CI, like the other browser tests.
 */
@TownshipNodeTest
class ScanBrowserTest {

	private static final Path TARGET = Path.of("target").toAbsolutePath();

	private static final Duration WAIT = Duration.ofSeconds(20);

	@LocalServerPort
	private int port;

	@Autowired
	private CaseCommandService service;

	@Autowired
	private AttachmentService attachments;

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
	void a_clerk_attaches_a_photo_of_a_material_and_sees_its_thumbnail() throws IOException {
		Case accepted = new WindowDesk(this.service, CaseFixtures.CLERK).accepted(CaseFixtures.RELIEF, "孙扫描",
				WindowDesk.village());
		Path photo = photo();
		this.browser.get(url("/cases/" + accepted.id().value()));
		logIn("clerk", "demo");
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("case-scans")));
		WebElement upload = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("scan-upload")));
		assertThat(this.browser.executeScript("return arguments[0].capture", upload)).isEqualTo("environment");
		WebElement input = (WebElement) this.browser
			.executeScript("const u = arguments[0]; return u.querySelector('input[type=file]')"
					+ " || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));", upload);
		assertThat(input.getAttribute("accept")).contains("image/*").contains("application/pdf");

		input.sendKeys(photo.toString());

		WebElement list = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("case-scans-list")));
		assertThat(list.getText()).contains("临时救助申请书：申请书照片.png");
		WebElement thumbnail = list.findElement(By.cssSelector("img.bianmin-scan-thumbnail"));
		waitFor((driver) -> ((Number) this.browser.executeScript("return arguments[0].naturalWidth", thumbnail))
			.intValue() > 0);
		screenshot("case-scan");
		CaseChange.MaterialScanned scanned = this.service.timeline(accepted.id())
			.stream()
			.map((event) -> event.change())
			.filter(CaseChange.MaterialScanned.class::isInstance)
			.map(CaseChange.MaterialScanned.class::cast)
			.findFirst()
			.orElseThrow();
		assertThat(scanned.mediaType()).isEqualTo("image/png");
		assertThat(scanned.size()).isEqualTo(Files.size(photo));
		assertThat(this.attachments.find(scanned.sha256())).get()
			.extracting((a) -> a.status())
			.isEqualTo(AttachmentStatus.PENDING);
	}

	private static Path photo() throws IOException {
		BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 120; x++) {
			for (int y = 0; y < 80; y++) {
				image.setRGB(x, y, (x * 2) << 16 | (y * 3) << 8 | 0x40);
			}
		}
		Path file = Files.createDirectories(TARGET.resolve("scan-browser")).resolve("申请书照片.png");
		ImageIO.write(image, "png", file.toFile());
		return file;
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
		Files.write(screenshots.resolve("ScanBrowserTest-" + name + ".png"),
				this.browser.getScreenshotAs(OutputType.BYTES));
	}

}
