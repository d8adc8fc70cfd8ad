package org.bianmin.node.notices.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bianmin.model.calendar.WorkingCalendar;
import org.bianmin.model.cases.Case;
import org.bianmin.model.cases.MaterialIssue;
import org.bianmin.node.HeadlessChromium;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.casework.CaseCommandService;
import org.bianmin.node.notices.NoticeKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each notice printed to PDF by a real headless Chromium (Debian's chromium and
 * chromium-driver, fonts-noto-cjk for the Chinese text layer), and the PDF's text read
 * back with PDFBox. Skipped when Chromium is missing, except in CI ({@code CI=true}).
 * Screenshots of the notices go to {@code target/screenshots/}.
 */
@TownshipNodeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticesBrowserTest {

	private static final Path TARGET = Path.of("target").toAbsolutePath();

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final String CENTRE = "青石镇便民服务中心";

	@LocalServerPort
	private int port;

	@Autowired
	private CaseCommandService service;

	@Autowired
	private WorkingCalendar calendar;

	private NoticeCases cases;

	private ChromeDriver browser;

	@BeforeAll
	void startBrowserAndLogIn() throws IOException {
		HeadlessChromium.assumeAvailable();
		this.cases = new NoticeCases(this.service, this.calendar);
		this.browser = HeadlessChromium.start(1000, 1400);
		this.browser.get(url("/login"));
		WebElement user = waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
		user.sendKeys("clerk");
		this.browser.findElement(By.cssSelector("input[name='password']")).sendKeys("demo", Keys.ENTER);
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("node-badge")));
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void acceptance_notice_prints_on_one_page_with_centre_date_and_query_code() throws IOException {
		Case accepted = this.cases.acceptedWithDeferral();

		Printed printed = print(accepted, NoticeKind.ACCEPTANCE);

		assertThat(printed.pages()).isEqualTo(1);
		assertThat(printed.text()).contains("受理通知书", CENTRE, chinese(this.cases.lastEventDay(accepted)),
				accepted.queryCode().display(), NoticeCases.DEFERRED, "政务服务专用章");
	}

	@Test
	void correction_notice_prints_every_missing_material() throws IOException {
		Case correction = this.cases.needingCorrection();

		Printed printed = print(correction, NoticeKind.CORRECTION);

		assertThat(printed.pages()).isEqualTo(1);
		assertThat(printed.text()).contains("材料补正通知书", CENTRE, chinese(this.cases.lastEventDay(correction)),
				correction.queryCode().display());
		for (MaterialIssue issue : NoticeCases.CORRECTION_ISSUES) {
			assertThat(printed.text()).contains(issue.material());
			if (issue.note() != null) {
				assertThat(printed.text()).contains(issue.note());
			}
		}
	}

	@Test
	void refusal_notice_prints_its_reasons() throws IOException {
		Case refused = this.cases.refused();

		Printed printed = print(refused, NoticeKind.REFUSAL);

		assertThat(printed.pages()).isEqualTo(1);
		assertThat(printed.text()).contains("不予受理通知书", CENTRE, chinese(this.cases.lastEventDay(refused)),
				refused.queryCode().display(), NoticeCases.REFUSAL_REASONS.get(0), NoticeCases.REFUSAL_REASONS.get(1));
	}

	@Test
	void completion_notice_prints_where_to_collect_the_result() throws IOException {
		Case decided = this.cases.decidedInstantly();

		Printed printed = print(decided, NoticeKind.COMPLETION);

		assertThat(printed.pages()).isEqualTo(1);
		assertThat(printed.text()).contains("办结通知书", CENTRE, chinese(this.cases.lastEventDay(decided)),
				decided.queryCode().display(), "统一窗口出件");
	}

	@Test
	void proxy_receipt_prints_what_the_resident_must_still_bring() throws IOException {
		Case filed = this.cases.filedByProxy();

		Printed printed = print(filed, NoticeKind.PROXY_RECEIPT);

		assertThat(printed.pages()).isEqualTo(1);
		assertThat(printed.text()).contains("代办回执", CENTRE, chinese(this.cases.lastEventDay(filed)),
				filed.queryCode().display(), "陈秀英", NoticeCases.DEFERRED);
	}

	private Printed print(Case found, NoticeKind kind) throws IOException {
		this.browser.get(url("/" + NoticesNavigation.location(found.id(), kind)));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("notice-seal")));
		Path screenshots = Files.createDirectories(TARGET.resolve("screenshots"));
		Files.write(screenshots.resolve("NoticesBrowserTest-" + kind.slug() + ".png"),
				this.browser.getScreenshotAs(OutputType.BYTES));
		PrintOptions options = new PrintOptions();
		options.setPageSize(new PageSize(29.7, 21.0));
		options.setBackground(true);
		byte[] pdf = Base64.getDecoder().decode(this.browser.print(options).getContent());
		Files.write(screenshots.resolve("NoticesBrowserTest-" + kind.slug() + ".pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// Chinese lines wrap anywhere: join them so that a phrase split across lines
			// still reads whole
			return new Printed(document.getNumberOfPages(),
					new PDFTextStripper().getText(document).replaceAll("\\R", ""));
		}
	}

	private <T> T waitFor(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.browser, WAIT).until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static String chinese(LocalDate date) {
		return DateTimeFormatter.ofPattern("yyyy年M月d日").format(date);
	}

	private record Printed(int pages, String text) {
	}

}
