package org.bianmin.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium for the browser tests, driven through Debian's chromedriver:
 * Selenium Manager never runs and nothing is downloaded. Profiles, caches and screenshots
 * go under {@code target/}.
 */
public final class HeadlessChromium {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path TARGET = Path.of("target").toAbsolutePath();

	private HeadlessChromium() {
	}

	/**
	 * Skips the calling test class, with a message, when Chromium is missing outside CI;
	 * in CI ({@code CI=true}) the test runs and fails instead, so a missing browser is
	 * never passed off as success.
	 */
	public static void assumeAvailable() {
		assumeTrue(Files.isExecutable(CHROMIUM) || "true".equals(System.getenv("CI")),
				"Skipped: no Chromium at " + CHROMIUM
						+ " (apt-get install chromium chromium-driver fonts-noto-cjk); in CI (CI=true) this"
						+ " test runs and fails instead");
	}

	/**
	 * Starts a fresh headless browser with an empty profile.
	 * @param width window width in CSS pixels
	 * @param height window height in CSS pixels
	 * @return the driver; quit it when done
	 */
	public static ChromeDriver start(int width, int height) {
		try {
			Path home = Files.createDirectories(TARGET.resolve("chromium"));
			ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.withEnvironment(Map.of("XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_CACHE_HOME",
						home.resolve("cache").toString()))
				.build();
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--lang=zh-CN", "--window-size=" + width + "," + height,
					"--user-data-dir=" + Files.createTempDirectory(home, "profile-"));
			return new ChromeDriver(driver, options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Lays pages out at a phone's width. Headless Chromium never makes its window
	 * narrower than 500 CSS pixels, whatever the window size asks for, so a narrower
	 * screen needs device emulation.
	 */
	public static void emulateScreen(ChromeDriver browser, int width, int height) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	/** Saves what the browser shows to {@code target/screenshots/<name>.png}. */
	public static Path screenshot(ChromeDriver browser, String name) {
		try {
			Path screenshots = Files.createDirectories(TARGET.resolve("screenshots"));
			Path file = screenshots.resolve(name + ".png");
			Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
