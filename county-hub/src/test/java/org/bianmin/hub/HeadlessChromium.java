package org.bianmin.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium for the hub's browser tests, driven through Debian's
 * chromedriver: Selenium Manager never runs and nothing is downloaded. Profiles and
 * caches go under {@code target/browser}. The node's test sources have the same helper.
 */
public final class HeadlessChromium {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path BROWSER_HOME = Path.of("target", "browser").toAbsolutePath();

	private HeadlessChromium() {
	}

	/**
	 * Skips the calling test, with a message, when Chromium or its driver is missing
	 * outside CI; in CI ({@code CI=true}) it fails, so a missing browser is never passed
	 * off as success.
	 */
	public static void requireAvailable() {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present && "true".equals(System.getenv("CI"))) {
			fail("CI must run the browser tests, but " + CHROMIUM + " or " + CHROMEDRIVER
					+ " is missing: install the Debian packages chromium, chromium-driver and fonts-noto-cjk");
		}
		assumeTrue(present, "Skipping browser test: " + CHROMIUM + " or " + CHROMEDRIVER
				+ " is missing (apt-get install chromium chromium-driver fonts-noto-cjk)");
	}

	/**
	 * Starts a fresh headless browser with an empty profile; quitting the driver also
	 * stops its chromedriver.
	 * @param width window width in CSS pixels
	 * @param height window height in CSS pixels
	 */
	public static ChromeDriver start(int width, int height) {
		try {
			Path profile = Files.createDirectories(BROWSER_HOME).resolve("profile-" + java.util.UUID.randomUUID());
			ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.withEnvironment(Map.of("XDG_CONFIG_HOME", BROWSER_HOME.resolve("config").toString(), "XDG_CACHE_HOME",
						BROWSER_HOME.resolve("cache").toString()))
				.build();
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--lang=zh-CN", "--window-size=" + width + "," + height,
					"--user-data-dir=" + Files.createDirectories(profile));
			return new ChromeDriver(driver, options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
